import type { TestProject } from "vitest/node";
import { freshTestDatabase } from "@/tests/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const db = await freshTestDatabase("it", true);
  project.provide("databaseUrl", db.url);
  return async () => {
    await db.stop();
  };
}
