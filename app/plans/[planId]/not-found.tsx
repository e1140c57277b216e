import Link from "next/link";

/** 404 for /plans/<id>: no plan has this id (a mistyped or old address). */
export default function PlanNotFound() {
  return (
    <main className="page" style={{ maxWidth: 640 }}>
      <h1>Plan not found</h1>
      <p>
        No plan has this address. It may have been mistyped, or the plan was imported elsewhere under a new
        id.
      </p>
      <p>
        <Link href="/plans">Open your plans</Link> (archived plans are listed there too) or{" "}
        <Link href="/">start a new plan from a template</Link>.
      </p>
    </main>
  );
}
