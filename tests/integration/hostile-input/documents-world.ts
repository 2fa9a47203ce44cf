// The register and publicity part of the hostile-input world: one registered document and one publicity item.
import type { Actor } from "@/lib/auth/actor";
import { createDocument } from "@/lib/documents/service";
import { createPublicity } from "@/lib/publicity/service";

export async function documentsWorld(office: Actor) {
  const entry = await createDocument(office, {
    direction: "INCOMING",
    date: "2026-03-02",
    docNumber: null,
    counterpart: "县人大常委会办公室",
    title: "关于召开代表培训的通知",
    category: "培训",
    handling: null,
    handledOn: null,
  });
  const item = await createPublicity(office, {
    kind: "COUNTY_INFO",
    title: "镇人大开展执法检查",
    outlet: "县人大常委会办公室",
    sentOn: "2026-03-02",
    publishedOn: null,
    author: null,
  });
  return { entry, item };
}
