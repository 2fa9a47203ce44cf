import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md p-8 text-center">
      <h1 className="text-xl font-semibold">页面不存在或无权访问</h1>
      <p className="mt-2 text-stone-600">请检查地址，或返回首页。</p>
      <Link href="/" className="mt-4 inline-block text-blue-800 underline">
        返回首页
      </Link>
    </main>
  );
}
