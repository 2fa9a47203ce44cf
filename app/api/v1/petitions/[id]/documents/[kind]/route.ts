import { z } from "zod";
import { withRoute } from "@/lib/http/route";
import { uuid } from "@/lib/http/fields";
import { DOCX_MIME, fileResponse } from "@/lib/files/http";
import { petitionLetter } from "@/lib/petitions/letters-data";

const Params = z.object({
  id: uuid("编号"),
  kind: z
    .enum(["notice", "opinion", "extension"], { error: "文书只能是 notice、opinion 或 extension" })
    .describe("文书"),
});

// GET /api/v1/petitions/{id}/documents/{notice|opinion|extension} — the written notice (告知书, Art. 23), the
// 信访处理意见书 (Art. 32) or the extension notice (延期告知书, Art. 34) as .docx; office and chair; audited
export const GET = withRoute({ permission: "petition.documents", params: Params }, async ({ actor, params }) => {
  const { buffer, filename } = await petitionLetter(actor, params.id, params.kind);
  return fileResponse(new Uint8Array(buffer), filename, DOCX_MIME, buffer.length);
});
