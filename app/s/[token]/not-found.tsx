import { SharedLinkUnavailable } from "@/components/plan/shared-link-unavailable";

/** 404 for /s/<token>: an unknown token (or the plan archived) — a clear page, not an error dump. */
export default function SharedLinkNotFound() {
  return <SharedLinkUnavailable reason="not-found" />;
}
