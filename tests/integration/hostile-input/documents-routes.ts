// The register's and publicity's write routes for the hostile-input properties (routes.ts spreads them into
// WRITE_CASES); the world's entry and item come from documents-world.ts.
import * as documents from "@/app/api/v1/documents/route";
import * as document from "@/app/api/v1/documents/[id]/route";
import * as documentFile from "@/app/api/v1/documents/[id]/file/route";
import * as links from "@/app/api/v1/documents/[id]/links/route";
import * as link from "@/app/api/v1/documents/[id]/links/[linkId]/route";
import * as publicity from "@/app/api/v1/publicity/route";
import * as publicityItem from "@/app/api/v1/publicity/[id]/route";
import * as publicityCorrections from "@/app/api/v1/publicity/[id]/corrections/route";
import type { WriteCase } from "./routes";

type W = Parameters<WriteCase["cookie"]>[0];
const none = () => ({});
const office = (w: W) => w.office;
const NIL = "00000000-0000-4000-8000-000000000000";

export const DOCUMENTS_WRITE_CASES: WriteCase[] = [
  {
    key: "POST documents",
    handler: documents.POST,
    cookie: office,
    params: none,
    body: (w) => ({
      direction: "INCOMING",
      date: "2026-03-02",
      docNumber: "县人大办〔2026〕3号",
      counterpart: "县人大常委会办公室",
      title: "关于做好代表建议督办工作的通知",
      category: "建议",
      handling: "已阅",
      handledOn: "2026-03-04",
      links: [{ module: "PETITION", recordId: w.petition.id }],
    }),
  },
  {
    key: "PATCH documents/[id]",
    handler: document.PATCH,
    cookie: office,
    params: (w) => ({ id: w.documents.entry.id }),
    body: (w) => ({
      version: w.documents.entry.version,
      title: "更正后的标题",
      handledOn: "2026-03-05",
      reason: "录错",
    }),
  },
  {
    key: "POST documents/[id]/file",
    handler: documentFile.POST,
    cookie: office,
    params: (w) => ({ id: w.documents.entry.id }),
    body: none,
    carrier: "document",
  },
  {
    key: "POST documents/[id]/links",
    handler: links.POST,
    cookie: office,
    params: (w) => ({ id: w.documents.entry.id }),
    body: (w) => ({ module: "PETITION", recordId: w.petition.id }),
  },
  {
    key: "DELETE documents/[id]/links/[linkId]",
    handler: link.DELETE,
    cookie: office,
    params: (w) => ({ id: w.documents.entry.id, linkId: NIL }),
    body: none,
    carrier: "none",
  },
  {
    key: "POST publicity",
    handler: publicity.POST,
    cookie: office,
    params: none,
    body: () => ({
      kind: "COUNTY_INFO",
      title: "镇人大开展代表小组活动",
      outlet: "县人大常委会办公室",
      sentOn: "2026-03-02",
      publishedOn: "2026-03-05",
      author: "李明",
    }),
  },
  {
    key: "PATCH publicity/[id]",
    handler: publicityItem.PATCH,
    cookie: office,
    params: (w) => ({ id: w.documents.item.id }),
    body: (w) => ({ version: w.documents.item.version, kind: "CITY_PUBLISHED", sentOn: "2026-03-01", reason: "录错" }),
  },
  {
    key: "POST publicity/[id]/corrections",
    handler: publicityCorrections.POST,
    cookie: office,
    params: (w) => ({ id: w.documents.item.id }),
    body: (w) => ({ version: w.documents.item.version, title: "镇人大代表小组活动纪实", reason: "标题录错" }),
  },
  {
    key: "DELETE publicity/[id]",
    handler: publicityItem.DELETE,
    cookie: office,
    params: (w) => ({ id: w.documents.item.id }),
    body: (w) => ({ version: w.documents.item.version, reason: "重复登记" }),
  },
];
