"use client";

import { useState } from "react";
import { api, type ExportSource } from "@/lib/api/client";
import { diagramSvg, pngSize, svgSize } from "@/lib/export/diagram";
import { dnsLabel } from "@/lib/export/names";
import styles from "./export-dialog.module.css";

/** The saved plan's document (the bundle and the PDF are built from it too). */
async function savedDocument(source: ExportSource) {
  return source.kind === "plan"
    ? (await api.getPlan(source.planId)).document
    : (await api.getShared(source.token)).plan.document;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Draws the SVG on a canvas at twice its size and encodes it as PNG (the browser's own rasteriser). */
async function toPng(svg: string): Promise<Blob> {
  const size = pngSize(svgSize(svg));
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  canvas.getContext("2d")!.drawImage(image, 0, 0, size.width, size.height);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error("the browser could not encode the PNG"))),
      "image/png",
    ),
  );
}

/**
 * The proposal and the diagram, beside the bundle: the PDF (rendered by the server), and the architecture diagram
 * as SVG or PNG — the same drawing as the PDF's and the bundle's report/diagram.svg, from the last saved revision.
 */
export function DiagramDownloads({ source, planName }: { source: ExportSource; planName: string }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const base = dnsLabel(planName, "plan");
  const save = async (kind: "svg" | "png") => {
    setState({ busy: true, error: null });
    try {
      const doc = await savedDocument(source);
      const svg = diagramSvg(doc, { title: doc.metadata.name });
      const blob = kind === "svg" ? new Blob([svg], { type: "image/svg+xml" }) : await toPng(svg);
      download(blob, `${base}-diagram.${kind}`);
      setState({ busy: false, error: null });
    } catch (e) {
      setState({ busy: false, error: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div className={styles.documents} role="group" aria-label="Proposal and diagram">
      <a className="btn" href={api.proposalUrl(source)} download>
        Download PDF proposal
      </a>
      {source.kind === "plan" && (
        <a className="btn" href={api.proposalUrl(source, { audience: "engineer" })} download>
          PDF with findings
        </a>
      )}
      <button type="button" className="btn" disabled={state.busy} onClick={() => save("svg")}>
        Diagram SVG
      </button>
      <button type="button" className="btn" disabled={state.busy} onClick={() => save("png")}>
        Diagram PNG
      </button>
      {state.error && (
        <span role="alert" className={styles.warnings}>
          Diagram download failed: {state.error}
        </span>
      )}
    </div>
  );
}
