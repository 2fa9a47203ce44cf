import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "乡镇人大工作平台", template: "%s · 乡镇人大工作平台" },
  description: "乡镇人大主席团办公室的会议、代表、建议、监督、信访与培训工作平台",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its inline scripts carry that request's CSP nonce (proxy.ts).
  await connection();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
