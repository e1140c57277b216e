/** Exit codes of the CLI: 0 ok, 1 the plan/estimate has error findings, 2 bad usage or invalid input. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * Terminal escape sequences and control characters removed from text: CSI (`ESC [ … final`, colours, cursor
 * moves, screen clears), OSC (`ESC ] … BEL|ST`, window titles, hyperlinks), other two-byte ESC sequences, their
 * 8-bit C1 forms, and any other control character but tab and line feed (a lone carriage return could overwrite
 * what was printed before it). A plan file or a catalog id echoed in a message must not drive the user's terminal.
 */
const TERMINAL_ESCAPES =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[@-_]|\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function stripTerminalEscapes(text: string): string {
  return text.replace(TERMINAL_ESCAPES, "");
}

function write(stream: NodeJS.WriteStream, text: string): void {
  const clean = stripTerminalEscapes(text);
  stream.write(clean.endsWith("\n") ? clean : `${clean}\n`);
}

/** The process's stdout/stderr, with terminal escapes stripped from everything written (see above). */
export const processIo: Io = {
  out: (text) => write(process.stdout, text),
  err: (text) => write(process.stderr, text),
};

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
