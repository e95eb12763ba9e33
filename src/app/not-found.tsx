import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="py-10">
      <h1 className="mb-4 text-4xl font-bold">Page not found</h1>
      <p className="mb-4 text-xl">
        If you typed the web address, check it is correct. The page may also be in an area you do not have access to.
      </p>
      <p className="text-xl">
        <Link className="text-brand underline" href="/">
          Go to your home page
        </Link>
      </p>
    </main>
  );
}
