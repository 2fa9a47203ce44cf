import { errorResponse, json, withRoute } from "@/lib/http/route";
import { IMPORT_UPLOAD } from "@/lib/roster/excel";
import { importDeputies, type ImportProgress } from "@/lib/roster/import";

/**
 * Progress: with `Accept: application/x-ndjson` the answer is streamed, one JSON object a line —
 * {"type":"progress","phase":"validate"|"write","done":n,"total":m} …, then {"type":"result","imported":n}
 * or {"type":"error","status":400,"error":{code,message,details}}. One request, no job table or
 * polling, and the transaction still lives in this request: if it fails, nothing was written.
 * Without that header (scripts, tests) the answer is one ordinary JSON response with the real
 * status code. Upload-size and missing-file errors come before the stream, as normal statuses.
 */
function streamImport(
  run: (onProgress: (p: ImportProgress) => void) => Promise<{ imported: number }>,
  requestId: string,
): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          // The browser went away; the import still completes or rolls back as a whole.
        }
      };
      try {
        send({ type: "result", ...(await run((p) => send({ type: "progress", ...p }))) });
      } catch (err) {
        const res = errorResponse(err, requestId);
        send({ type: "error", status: res.status, ...(await res.json()) });
      }
      try {
        controller.close();
      } catch {
        // already closed by the client
      }
    },
  });
  // no-transform / X-Accel-Buffering: proxies must pass the lines on as they come, not at the end.
  return new Response(body, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

// POST /api/v1/deputies/import — a filled template (.xlsx/.csv, multipart field `file`, ≤ 10 MB) into the current term, all rows or none (office)
export const POST = withRoute(
  { permission: "deputy.import", files: IMPORT_UPLOAD },
  async ({ req, actor, files, requestId }) => {
    const { bytes, filename } = files[0];
    const upload = { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), filename };
    if (req.headers.get("accept")?.includes("application/x-ndjson"))
      return streamImport((onProgress) => importDeputies(actor, upload, onProgress), requestId);
    return json(await importDeputies(actor, upload), { status: 201 });
  },
);
