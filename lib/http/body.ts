/**
 * Reads a request body with a hard size limit: the declared Content-Length is checked first, then
 * the stream is counted as it arrives, so an oversized upload is refused before it is buffered.
 * Returns null when there is no body.
 */
export async function readLimited(req: Request, limit: number, tooLarge: () => Error): Promise<Buffer | null> {
  if (Number(req.headers.get("content-length") ?? "0") > limit) throw tooLarge();
  const reader = req.body?.getReader();
  if (!reader) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Room for the multipart framing and small fields around a file of the limit's size. */
export const MULTIPART_OVERHEAD = 64 * 1024;

/** A multipart/form-data body read with `readLimited`; null when it is not multipart or unreadable. */
export async function readMultipart(req: Request, fileLimit: number, tooLarge: () => Error): Promise<FormData | null> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) return null;
  const body = await readLimited(req, fileLimit + MULTIPART_OVERHEAD, tooLarge);
  if (!body) return null;
  return new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData().catch(() => null);
}
