"use client";

import "@xyflow/react/dist/style.css";
import { ReactFlowProvider } from "@xyflow/react";
import { useState } from "react";
import { api } from "@/lib/api/client";
import { EditorSessionProvider } from "@/lib/editor/editor-context";
import { createEditorSession } from "@/lib/editor/session";
import type { PlanDocument } from "@/lib/plan/plan-schema";
import { Editor } from "./editor";
import { accessOf, type EditorSource } from "./editor-source";

export interface EditorPageProps {
  /** The plan's id (the store's key, also for a share link). */
  planId: string;
  source: EditorSource;
  document: PlanDocument;
  revision: number;
}

/** One editor session: its own document and UI stores (created once), React Flow around the editor. */
function Session({
  planId,
  source,
  document,
  revision,
  onReload,
}: EditorPageProps & { onReload: () => void }) {
  const [session] = useState(() => createEditorSession(planId, document, { access: accessOf(source) }));
  return (
    <EditorSessionProvider session={session}>
      <ReactFlowProvider>
        <Editor source={source} revision={revision} onReload={onReload} />
      </ReactFlowProvider>
    </EditorSessionProvider>
  );
}

async function load(source: EditorSource): Promise<{ document: PlanDocument; revision: number }> {
  if (source.kind === "plan") return api.getPlan(source.planId);
  return (await api.getShared(source.token)).plan;
}

/**
 * The client side of /plans/<id> and /s/<token>. After a version restore the plan is reloaded and the session
 * restarts with the server's document and revision (a fresh store, history and autosave), rather than patching a
 * live session.
 */
export function EditorPage(props: EditorPageProps) {
  const [loaded, setLoaded] = useState({ document: props.document, revision: props.revision, session: 0 });
  const reload = () => {
    void load(props.source)
      .then((plan) =>
        setLoaded((prev) => ({
          document: plan.document,
          revision: plan.revision,
          session: prev.session + 1,
        })),
      )
      // The restore succeeded but the reload did not: a full page load shows whatever the server now holds.
      .catch(() => window.location.reload());
  };
  return (
    <Session
      key={loaded.session}
      planId={props.planId}
      source={props.source}
      document={loaded.document}
      revision={loaded.revision}
      onReload={reload}
    />
  );
}
