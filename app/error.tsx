"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-md p-8 text-center">
      <h1 className="text-xl font-semibold">服务器错误，请稍后再试</h1>
      <button type="button" onClick={reset} className="mt-4 rounded bg-stone-800 px-4 py-2 text-white">
        重试
      </button>
    </main>
  );
}
