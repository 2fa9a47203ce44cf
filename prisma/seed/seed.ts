import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOWNSHIP, seedDemo } from "@/prisma/seed/demo-data";

/**
 * Seeds the demo township only into an empty database (no township yet), so a second
 * `npm run demo` keeps whatever the user entered. Returns the text listing the demo accounts.
 */
export async function seedDemoIfEmpty(url: string): Promise<string> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const townships = await client.township.count();
    if (townships === 0) {
      await seedDemo(client, hashPassword);
      console.log(`Demo township ${DEMO_TOWNSHIP.name} seeded.`);
    } else if (!(await client.township.findUnique({ where: { code: DEMO_TOWNSHIP.code } }))) {
      return "The database already holds data: the demo township was not added.";
    }
    const lines = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(10)} ${DEMO_PASSWORD}   ${a.description}`);
    return ["演示账号 (demo accounts):", ...lines].join("\n");
  } finally {
    await client.$disconnect();
  }
}
