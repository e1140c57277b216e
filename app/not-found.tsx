import Link from "next/link";

/** The app's 404 page. */
export default function NotFound() {
  return (
    <main className="page" style={{ maxWidth: 640 }}>
      <h1>Page not found</h1>
      <p>Nothing lives at this address.</p>
      <p>
        <Link href="/plans">Your plans</Link> · <Link href="/">Templates</Link>
      </p>
    </main>
  );
}
