import crypto from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { inspectDocx } from "@/lib/docx/inspect";
import { Document, Packer, Paragraph } from "docx";
import { NextRequest } from "next/server";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearSettingsCache } from "@/lib/settings";
import { GET as listRoute, POST as uploadRoute } from "@/app/api/v1/sessions/[id]/documents/route";
import { DELETE as deleteRoute, GET as downloadRoute } from "@/app/api/v1/sessions/[id]/documents/[docId]/route";
import { GET as noticeRoute } from "@/app/api/v1/sessions/[id]/notice/route";
import { GET as minutesRoute } from "@/app/api/v1/sessions/[id]/minutes/route";
import { getSignInSheet } from "@/lib/sessions/report";
import { getBallot } from "@/lib/sessions/ballot";
import { SignInSheet } from "@/components/sessions/print/sign-in-sheet";
import { createDeputy, createUser, params, request, signIn, TEST_ORIGIN, townshipWithRoles } from "@/tests/factories";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

async function setup() {
  const t = await townshipWithRoles();
  const session = await db.congressSession.create({
    data: {
      townshipId: t.township.id,
      termId: t.term.id,
      number: 1,
      startDate: new Date("2026-11-20"),
      endDate: new Date("2026-11-21"),
      venue: "镇政府三楼会议室",
    },
  });
  const agenda = await db.agendaItem.create({
    data: {
      townshipId: t.township.id,
      sessionId: session.id,
      position: 1,
      kind: "BUDGET",
      title: "审查和批准2027年财政预算",
      resolution: "会议批准2027年财政预算。",
    },
  });
  return { ...t, session, agenda, office: t.sessions.OFFICE.cookie };
}

function upload(
  cookie: string,
  sessionId: string,
  bytes: Uint8Array,
  filename: string,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], filename));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const req = new NextRequest(new URL(`/api/v1/sessions/${sessionId}/documents`, "http://localhost"), {
    method: "POST",
    body: form,
    headers: { cookie, origin: TEST_ORIGIN },
  });
  return uploadRoute(req, params({ id: sessionId }));
}
const download = (cookie: string, id: string, docId: string) =>
  downloadRoute(request(`/api/v1/sessions/${id}/documents/${docId}`, { cookie }), params({ id, docId }));
const remove = (cookie: string, id: string, docId: string) =>
  deleteRoute(
    request(`/api/v1/sessions/${id}/documents/${docId}`, { method: "DELETE", cookie }),
    params({ id, docId }),
  );
const list = (cookie: string, id: string) =>
  listRoute(request(`/api/v1/sessions/${id}/documents`, { cookie }), params({ id }));

/** The keys in the file store (lib/files/store.ts). */
const storedKeys = async () =>
  (await db.storedFile.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((f) => f.key);
const docxBytes = async () =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("政府工作报告")] }] }));
/** word/document.xml, then each paragraph's text on a line (a long title is broken over runs). */
async function documentXml(res: Response): Promise<string> {
  const buffer = Buffer.from(await res.arrayBuffer());
  const xml = await (await JSZip.loadAsync(buffer)).file("word/document.xml")!.async("string");
  return `${xml}\n${(await inspectDocx(buffer)).paragraphs.map((p) => p.text).join("\n")}`;
}

describe("session documents", () => {
  it("stores a PDF in the file store under <township>/<session>/<uuid> with its metadata and audit row, and gives the same bytes back", async () => {
    const { office, session, agenda, township } = await setup();
    const res = await upload(office, session.id, PDF, "预算草案(2027)'s.pdf", {
      title: "2027年预算草案",
      agendaItemId: agenda.id,
    });
    expect(res.status).toBe(201);
    const doc = await res.json();
    expect(doc).toMatchObject({
      title: "2027年预算草案",
      filename: "预算草案(2027)'s.pdf",
      mimeType: "application/pdf",
      size: PDF.length,
      agendaItemId: agenda.id,
    });

    const row = await db.sessionDocument.findUniqueOrThrow({ where: { id: doc.id } });
    expect(row.storageKey).toMatch(new RegExp(`^${township.id}/${session.id}/[0-9a-f-]{36}$`));
    expect(await storedKeys()).toEqual([row.storageKey]);
    const stored = await db.storedFile.findUniqueOrThrow({ where: { key: row.storageKey } });
    expect(stored).toMatchObject({ townshipId: township.id, size: PDF.length });
    expect(Buffer.from(stored.bytes)).toEqual(PDF);
    const audit = await db.auditLog.findMany({ where: { action: "session.document_uploaded", recordId: doc.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0].townshipId).toBe(township.id);

    const got = await download(office, session.id, doc.id);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("application/pdf");
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(got.headers.get("cache-control")).toBe("no-store");
    expect(got.headers.get("content-disposition")).toBe(
      `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent("预算草案")}%282027%29%27s.pdf`,
    );
    expect(Buffer.from(await got.arrayBuffer())).toEqual(PDF);

    const listed = await (await list(office, session.id)).json();
    expect(listed.items.map((d: { id: string }) => d.id)).toEqual([doc.id]);
  });

  it("accepts a .docx (a zip with word/), a PNG and a JPEG; title defaults to the file name", async () => {
    const { office, session } = await setup();
    const res = await upload(office, session.id, await docxBytes(), "政府工作报告.docx");
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ title: "政府工作报告", mimeType: DOCX });
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(32)]);
    expect((await upload(office, session.id, png, "会场.PNG")).status).toBe(201);
    expect((await upload(office, session.id, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), "合影.jpeg")).status).toBe(
      201,
    );
    expect(await storedKeys()).toHaveLength(3);
  });

  it("refuses other types and files whose bytes do not match the extension (400), storing nothing", async () => {
    const { office, session } = await setup();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("表");
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const cases: [Uint8Array, string][] = [
      [Buffer.from("MZ\x90\x00 this is a program"), "setup.exe"],
      [Buffer.from("<html><script>alert(1)</script></html>"), "通知.pdf"],
      [PDF, "通知.docx"],
      [xlsx, "报告.docx"], // a zip, but a workbook, not a Word document
      [Buffer.alloc(0), "空.pdf"],
      [PDF, "无扩展名"],
    ];
    for (const [bytes, name] of cases) {
      const res = await upload(office, session.id, bytes, name);
      expect(res.status, name).toBe(400);
      expect((await res.json()).error.code).toBe("VALIDATION");
    }
    expect(await storedKeys()).toEqual([]);
    expect(await db.sessionDocument.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "session.document_uploaded" } })).toBe(0);
  });

  it("answers 413 above the size limit from settings, storing nothing", async () => {
    const { office, session } = await setup();
    await db.setting.create({ data: { key: "sessions.documentMaxMb", value: 0.01 } }); // ~10 KB
    clearSettingsCache();
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024, 0x20)]);
    const res = await upload(office, session.id, big, "大文件.pdf");
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toContain("0.01 MB");
    expect(await storedKeys()).toEqual([]);
    expect(await db.sessionDocument.count()).toBe(0);
    expect((await upload(office, session.id, PDF, "小文件.pdf")).status).toBe(201);
  });

  it("removes the file again when the database refuses the record (agenda item of another session)", async () => {
    const { office, session, township, term } = await setup();
    const other = await db.congressSession.create({
      data: {
        townshipId: township.id,
        termId: term.id,
        number: 2,
        startDate: new Date("2027-03-01"),
        endDate: new Date("2027-03-01"),
        venue: "会议室",
      },
    });
    const item = await db.agendaItem.create({
      data: { townshipId: township.id, sessionId: other.id, position: 1, kind: "OTHER", title: "其他" },
    });
    const res = await upload(office, session.id, PDF, "a.pdf", { agendaItemId: item.id });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.agendaItemId).toContain("不属于本次会议");
    expect(await storedKeys()).toEqual([]);
  });

  it("lets deputies of the session's term download; units 403; another term's deputy and another township 404; only the office uploads", async () => {
    const t = await setup();
    const doc = await (await upload(t.office, t.session.id, PDF, "议程.pdf")).json();
    const deputy = t.sessions.DEPUTY.cookie;
    const got = await download(deputy, t.session.id, doc.id);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer())).toEqual(PDF);
    expect((await list(deputy, t.session.id)).status).toBe(200);
    for (const role of ["CHAIR", "PRESIDIUM"] as const)
      expect((await download(t.sessions[role].cookie, t.session.id, doc.id)).status).toBe(200);

    expect((await download(t.sessions.UNIT.cookie, t.session.id, doc.id)).status).toBe(403);
    expect((await list(t.sessions.UNIT.cookie, t.session.id)).status).toBe(403);
    expect((await upload(deputy, t.session.id, PDF, "x.pdf")).status).toBe(403);
    expect((await remove(deputy, t.session.id, doc.id)).status).toBe(403);
    expect(
      await db.auditLog.count({ where: { action: "auth.denied", townshipId: t.township.id } }),
    ).toBeGreaterThanOrEqual(4);

    const oldTerm = await db.term.create({
      data: {
        townshipId: t.township.id,
        number: 16,
        startDate: new Date("2021-09-01"),
        endDate: new Date("2026-08-31"),
      },
    });
    const oldDeputy = await createDeputy(t.township.id, oldTerm.id, "上届代表");
    const { cookie: oldCookie } = await signIn(await createUser(t.township.id, "DEPUTY", { deputyId: oldDeputy.id }));
    expect((await download(oldCookie, t.session.id, doc.id)).status).toBe(404);

    const other = await townshipWithRoles("另一镇");
    expect((await download(other.sessions.OFFICE.cookie, t.session.id, doc.id)).status).toBe(404);
    expect((await list(other.sessions.OFFICE.cookie, t.session.id)).status).toBe(404);
    expect((await remove(other.sessions.OFFICE.cookie, t.session.id, doc.id)).status).toBe(404);
    expect((await upload(other.sessions.OFFICE.cookie, t.session.id, PDF, "x.pdf")).status).toBe(404);
    expect(await storedKeys()).toHaveLength(1); // nothing written for the refused upload
    expect((await download(t.office, t.session.id, crypto.randomUUID())).status).toBe(404);
  });

  it("deletes the record, its file and writes an audit row", async () => {
    const { office, session } = await setup();
    const doc = await (await upload(office, session.id, PDF, "议程.pdf")).json();
    const res = await remove(office, session.id, doc.id);
    expect(res.status).toBe(204);
    expect(await storedKeys()).toEqual([]);
    expect(await db.sessionDocument.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "session.document_deleted", recordId: doc.id } })).toBe(1);
    expect((await download(office, session.id, doc.id)).status).toBe(404);
    expect((await remove(office, session.id, doc.id)).status).toBe(404);
  });
});

describe("notice and minutes (.docx)", () => {
  it("returns the notice as a Word file with title, venue and agenda", async () => {
    const { office, session } = await setup();
    const res = await noticeRoute(
      request(`/api/v1/sessions/${session.id}/notice`, { cookie: office }),
      params({ id: session.id }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX);
    expect(res.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("关于召开测试镇第十七届人民代表大会第一次会议的通知.docx")}`,
    );
    const bytes = Buffer.from(await res.clone().arrayBuffer());
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const xml = await documentXml(res);
    for (const text of [
      "关于召开测试镇第十七届人民代表大会第一次会议的通知",
      "2026年11月20日至21日",
      "镇政府三楼会议室",
      "1. 审查和批准2027年财政预算",
      "测试镇人民代表大会主席团",
    ])
      expect(xml).toContain(text);
  });

  it("returns the minutes with attendance, votes, elections and documents; units 403, another township 404", async () => {
    const t = await setup();
    const { township, session, agenda, office } = t;
    const deputies = [
      t.deputy,
      ...(await Promise.all(Array.from({ length: 8 }, () => createDeputy(township.id, t.term.id)))),
    ];
    const statuses = [
      "PRESENT",
      "PRESENT",
      "PRESENT",
      "PRESENT",
      "PRESENT",
      "PRESENT",
      "PRESENT",
      "LEAVE",
      "ABSENT",
    ] as const;
    await db.sessionAttendance.createMany({
      data: deputies.map((d, i) => ({
        townshipId: township.id,
        sessionId: session.id,
        deputyId: d.id,
        status: statuses[i],
      })),
    });
    await db.congressSession.update({
      where: { id: session.id },
      data: { nonVotingAttendees: 6, publicAttendees: 3, minutes: "会议由主席团主持。" },
    });
    await db.sessionVote.create({
      data: {
        townshipId: township.id,
        sessionId: session.id,
        agendaItemId: agenda.id,
        title: "关于2027年财政预算的决议",
        mode: "SHOW_OF_HANDS",
        votesFor: 6,
        votesAgainst: 1,
        votesAbstain: 0,
        presentAtVote: 7,
        sittingAtVote: 9,
        passed: true,
      },
    });
    const election = await db.election.create({
      data: {
        townshipId: township.id,
        sessionId: session.id,
        title: "补选镇人大主席",
        seats: 1,
        scrutineers: ["王监票"],
        counters: ["赵计票"],
      },
    });
    const candidate = await db.electionCandidate.create({
      data: { townshipId: township.id, electionId: election.id, name: "李候选", nominatedBy: "PRESIDIUM", position: 1 },
    });
    const round = await db.electionRound.create({
      data: {
        townshipId: township.id,
        electionId: election.id,
        roundNo: 1,
        seats: 1,
        ballotsIssued: 7,
        ballotsReturned: 7,
        void: false,
        sittingAtRound: 9,
        presentAtRound: 7,
      },
    });
    await db.electionRoundResult.create({
      data: {
        townshipId: township.id,
        roundId: round.id,
        candidateId: candidate.id,
        votesFor: 6,
        votesAgainst: 1,
        votesAbstain: 0,
        elected: true,
      },
    });
    await upload(office, session.id, PDF, "预算草案.pdf", { title: "2027年预算草案" });

    const get = (cookie: string) =>
      minutesRoute(request(`/api/v1/sessions/${session.id}/minutes`, { cookie }), params({ id: session.id }));
    const res = await get(t.sessions.DEPUTY.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX);
    expect(res.headers.get("content-disposition")).toContain(
      encodeURIComponent("测试镇第十七届人民代表大会第一次会议纪要.docx"),
    );
    const xml = await documentXml(res);
    for (const text of [
      "测试镇第十七届人民代表大会第一次会议纪要",
      "本次会议应到代表 9 名，实到 7 名，请假 1 名，缺席 1 名，中途离会 0 名；列席 6 人，旁听 3 人。",
      "会议批准2027年财政预算。",
      "表决结果：赞成 6 票，反对 1 票，弃权 0 票，通过。",
      "关于2027年财政预算的决议",
      "通过所需",
      "补选镇人大主席（应选 1 名）",
      "当选：李候选。",
      "2027年预算草案（预算草案.pdf",
      "会议由主席团主持。",
    ])
      expect(xml).toContain(text);
    expect(xml).toContain("赞成");

    expect((await get(t.sessions.UNIT.cookie)).status).toBe(403);
    const other = await townshipWithRoles("另一镇");
    expect((await get(other.sessions.OFFICE.cookie)).status).toBe(404);
    expect(
      (
        await noticeRoute(
          request(`/api/v1/sessions/${session.id}/notice`, { cookie: other.sessions.OFFICE.cookie }),
          params({ id: session.id }),
        )
      ).status,
    ).toBe(404);
  });
});

describe("printables", () => {
  it("lists the deputies sitting on the opening day, 30 to a page, each page with its heading", async () => {
    const t = await setup();
    for (let i = 0; i < 31; i++) await createDeputy(t.township.id, t.term.id, `签到代表${String(i).padStart(2, "0")}`);
    const left = await createDeputy(t.township.id, t.term.id, "已离任代表");
    await db.deputy.update({ where: { id: left.id }, data: { status: "RESIGNED", leftDate: new Date("2026-11-01") } });
    const sheet = await getSignInSheet(t.sessions.OFFICE.actor, t.session.id);
    expect(sheet.deputies).toHaveLength(32);
    expect(sheet.deputies.map((d) => d.name)).not.toContain("已离任代表");

    const html = renderToStaticMarkup(createElement(SignInSheet, { data: sheet }));
    expect(html.match(/代表签到表/g)).toHaveLength(2);
    expect(html.match(/page-break-after:always/g)).toHaveLength(1);
    expect(html).toContain("第 2 页 / 共 2 页");
    expect(html.match(/<tr class="h-\[7.2mm\]">/g)).toHaveLength(60);

    await expect(
      getSignInSheet((await townshipWithRoles("另一镇")).sessions.OFFICE.actor, t.session.id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("loads an election of the session for its ballot, and 404 for one of another session", async () => {
    const t = await setup();
    const election = await db.election.create({
      data: { townshipId: t.township.id, sessionId: t.session.id, title: "补选镇人大副主席", seats: 1 },
    });
    await db.electionCandidate.createMany({
      data: [
        {
          townshipId: t.township.id,
          electionId: election.id,
          name: "乙",
          nominatedBy: "DEPUTIES",
          nominatorCount: 10,
          position: 2,
        },
        { townshipId: t.township.id, electionId: election.id, name: "甲", nominatedBy: "PRESIDIUM", position: 1 },
      ],
    });
    const ballot = await getBallot(t.sessions.OFFICE.actor, t.session.id, election.id);
    expect(ballot.candidates.map((c) => c.name)).toEqual(["乙", "甲"]); // 姓氏笔画: 乙 1, 甲 5
    expect(ballot.election.seats).toBe(1);
    const other = await db.congressSession.create({
      data: {
        townshipId: t.township.id,
        termId: t.term.id,
        number: 2,
        startDate: new Date("2027-03-01"),
        endDate: new Date("2027-03-01"),
        venue: "会议室",
      },
    });
    await expect(getBallot(t.sessions.OFFICE.actor, other.id, election.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
