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
