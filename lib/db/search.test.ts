import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { containsText, escapeLike, likeContaining } from "@/lib/db/search";

/** What PostgreSQL's LIKE does with a backslash-escaped pattern between two %: a plain substring test. */
function likeContains(haystack: string, escaped: string): boolean {
  const source = escaped.replace(/\\(.)|([%_])|([^\\%_])/gsu, (_, lit: string, wild: string, plain: string) =>
    wild === "%" ? ".*" : wild === "_" ? "." : (lit ?? plain).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
  );
  return new RegExp(`^.*${source}.*$`, "su").test(haystack);
}

describe("escapeLike", () => {
  it("escapes the wildcards and the escape character, nothing else", () => {
    expect(escapeLike("王小明")).toBe("王小明");
    expect(escapeLike("100%")).toBe("100\\%");
    expect(escapeLike("a_b\\c")).toBe("a\\_b\\\\c");
    expect(containsText("5%")).toEqual({ contains: "5\\%", mode: "insensitive" });
    expect(likeContaining("5%")).toBe("%5\\%%");
  });

  it("makes LIKE '%…%' a plain substring test, whatever is typed", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "王", "%", "_", "\\", "b") });
    fc.assert(
      fc.property(
        text,
        text,
        (haystack, typed) => likeContains(haystack, escapeLike(typed)) === haystack.includes(typed),
      ),
    );
  });
});
