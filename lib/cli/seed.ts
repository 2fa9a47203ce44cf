// npm run db:seed — load the demo township into an empty database (never into one with data).
import { ensureDatabase } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrate";
import { seedDemoIfEmpty } from "@/prisma/seed/seed";

const database = await ensureDatabase();
try {
  await migrate(database.url);
  console.log(await seedDemoIfEmpty(database.url));
} finally {
  await database.stop();
}
