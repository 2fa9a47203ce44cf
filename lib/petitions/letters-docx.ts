// The chain's letters as Word files to GB/T 9704 (lib/docx): title, salutation, body, headings of the
// 意见书's four parts, sign-off with the issuer and the date.
import { body, heading, pack, signOff, title, type DocBlock } from "@/lib/docx/official";
import type { LetterText } from "@/lib/petitions/letters";

export function letterDocx(t: LetterText): Promise<Buffer> {
  const children: DocBlock[] = [title(t.title), ...body(t.salutation, { indent: false })];
  for (const p of t.paragraphs) {
    if (p.heading) children.push(heading(p.heading));
    children.push(...body(p.text));
  }
  children.push(...signOff(t.signature, t.date));
  return pack(t.title, children);
}
