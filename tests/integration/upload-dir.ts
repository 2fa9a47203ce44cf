// A private UPLOAD_DIR for one test file: made before its tests, emptied before each, removed after.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { env } from "@/lib/env";

export function tempUploadDir(prefix: string) {
  let dir = "";
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
    env.UPLOAD_DIR = dir;
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(dir, { recursive: true });
  });
  return {
    path: (...parts: string[]) => path.join(dir, ...parts),
    /** Every file under the folder, as paths relative to it. */
    files: async (): Promise<string[]> => {
      const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
    },
  };
}
