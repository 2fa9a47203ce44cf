// Candidates addressed by name: an election lists them in 姓氏笔画 order (as the ballot does), not in the
// order they were nominated, so a test never relies on a candidate's place in the list.

/** The election's candidates with these names, in the order asked; an unknown name fails the test. */
export function candidatesNamed<C extends { name: string }>(e: { candidates: C[] }, ...names: string[]): C[] {
  return names.map((name) => {
    const found = e.candidates.find((c) => c.name === name);
    if (!found) throw new Error(`no candidate named ${name}: ${e.candidates.map((c) => c.name).join("、")}`);
    return found;
  });
}
