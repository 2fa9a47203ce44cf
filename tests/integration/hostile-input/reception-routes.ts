// The reception-day write routes for the hostile-input properties (routes.ts spreads them into WRITE_CASES).
import * as days from "@/app/api/v1/reception-days/route";
import * as generate from "@/app/api/v1/reception-days/generate/route";
import * as day from "@/app/api/v1/reception-days/[id]/route";
import * as duties from "@/app/api/v1/reception-days/[id]/duties/route";
import * as notice from "@/app/api/v1/reception-days/[id]/notice/route";
import * as visits from "@/app/api/v1/reception-days/[id]/visits/route";
import * as visit from "@/app/api/v1/reception-days/[id]/visits/[visitId]/route";
import * as conversion from "@/app/api/v1/reception-days/[id]/visits/[visitId]/conversion/route";
import type { WriteCase } from "./routes";

type W = Parameters<WriteCase["cookie"]>[0];
const none = () => ({});
const office = (w: W) => w.office;
const inDays = (n: number) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() + n * 86_400_000));

export const RECEPTION_WRITE_CASES: WriteCase[] = [
  {
    key: "POST reception-days",
    handler: days.POST,
    cookie: office,
    params: none,
    body: () => ({ year: Number(inDays(40).slice(0, 4)), date: inDays(40), place: "镇人大代表之家" }),
  },
  {
    key: "POST reception-days/generate",
    handler: generate.POST,
    cookie: office,
    params: none,
    body: () => ({ year: 2030, place: "镇人大代表之家" }),
  },
  {
    key: "PATCH reception-days/[id]",
    handler: day.PATCH,
    cookie: office,
    params: (w) => ({ id: w.reception.future.id }),
    body: (w) => ({ version: w.reception.future.version, date: w.reception.future.date, place: "村委会" }),
  },
  {
    key: "PUT reception-days/[id]/duties",
    handler: duties.PUT,
    cookie: office,
    params: (w) => ({ id: w.reception.past.id }),
    body: (w) => ({ version: w.reception.past.version, entries: [{ deputyId: w.deputy.id, present: true }] }),
  },
  {
    key: "POST reception-days/[id]/notice",
    handler: notice.POST,
    cookie: office,
    params: (w) => ({ id: w.reception.future.id }),
    body: (w) => ({ version: w.reception.future.version, publishedOn: inDays(0) }),
  },
  {
    key: "POST reception-days/[id]/visits",
    handler: visits.POST,
    cookie: office,
    params: (w) => ({ id: w.reception.past.id }),
    body: (w) => ({
      visitorName: "张大娘",
      phone: "13812345678",
      address: "青山村二组",
      issue: "村道路灯损坏",
      solved: true,
      solution: "当场联系村委会维修",
      receivedByDeputyId: w.deputy.id,
    }),
  },
  {
    key: "PATCH reception-days/[id]/visits/[visitId]",
    handler: visit.PATCH,
    cookie: office,
    params: (w) => ({ id: w.reception.past.id, visitId: w.reception.visitId }),
    body: () => ({ solved: true, solution: "民政办已补发" }),
  },
  {
    key: "POST reception-days/[id]/visits/[visitId]/conversion",
    handler: conversion.POST,
    cookie: office,
    params: (w) => ({ id: w.reception.past.id, visitId: w.reception.visitId }),
    body: (w) => ({
      to: "suggestion",
      title: "落实补贴发放",
      categoryId: w.category.id,
      content: "补贴未发放",
      deputyId: w.deputy.id,
    }),
  },
];
