import type { Theme } from '../../../theme/model';
import { documentValue, setProperties } from './common';

export type JsonSyntaxError = { ok: false; message: string; line?: number; column?: number };

/** The theme as a JSON document: 2-space indent, keys in the order of PROPERTIES, a final newline. */
export function exportJson(theme: Theme): string {
  const document = Object.fromEntries(setProperties(theme).map((name) => [name, documentValue(name, theme[name])]));
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** JSON text as a value, or its syntax error with the line and column where it is. */
export function readJson(text: string): { ok: true; value: unknown } | JsonSyntaxError {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return syntaxError(text, error);
  }
}

function syntaxError(text: string, error: unknown): JsonSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  const place = errorPlace(text, message);
  return place === undefined ? { ok: false, message } : { ok: false, message, ...place };
}

/**
 * Where the error is: from the message when the engine says (Firefox and newer V8: "line L column
 * C"; V8: "at position N"; "Unexpected end"), else found by scanning the text: Node 20's and
 * Chrome's "Unexpected token" messages, and Safari's, give no position.
 */
function errorPlace(text: string, message: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/i.exec(message);
  const offset = position ? Number(position[1]) : /unexpected end/i.test(message) ? text.length : scanForError(text);
  return offset === undefined ? undefined : lineAndColumn(text, offset);
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

class JsonSyntax extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A minimal JSON reader that only finds the offset of the first syntax error. */
class Scanner {
  private at = 0;

  constructor(private readonly text: string) {}

  scan(): void {
    this.value();
    this.space();
    if (this.at < this.text.length) throw new JsonSyntax(this.at);
  }

  private get char(): string {
    return this.text.charAt(this.at);
  }

  private space(): void {
    while (' \t\n\r'.includes(this.char) && this.at < this.text.length) this.at++;
  }

  private expect(char: string): void {
    if (this.char !== char) throw new JsonSyntax(this.at);
    this.at++;
  }

  private value(): void {
    this.space();
    const char = this.char;
    if (char === '{') return this.list('}', () => this.member());
    if (char === '[') return this.list(']', () => this.value());
    if (char === '"') return this.string();
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(this.text);
    if (number) {
      this.at += number[0].length;
      return;
    }
    const word = ['true', 'false', 'null'].find((literal) => this.text.startsWith(literal, this.at));
    if (word === undefined) throw new JsonSyntax(this.at);
    this.at += word.length;
  }

  private member(): void {
    this.space();
    this.string();
    this.space();
    this.expect(':');
    this.value();
  }

  private list(close: string, item: () => void): void {
    this.at++;
    this.space();
    if (this.char === close) {
      this.at++;
      return;
    }
    for (;;) {
      item();
      this.space();
      if (this.char === ',') {
        this.at++;
        continue;
      }
      this.expect(close);
      return;
    }
  }

  private string(): void {
    this.expect('"');
    while (this.at < this.text.length) {
      const char = this.char;
      if (char === '"') {
        this.at++;
        return;
      }
      if (char < ' ') throw new JsonSyntax(this.at);
      if (char === '\\') this.escape();
      else this.at++;
    }
    throw new JsonSyntax(this.at);
  }

  private escape(): void {
    const next = this.text.charAt(this.at + 1);
    if ('"\\/bfnrt'.includes(next) && next !== '') this.at += 2;
    else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) this.at += 6;
    else throw new JsonSyntax(this.at);
  }
}

function scanForError(text: string): number | undefined {
  try {
    new Scanner(text).scan();
  } catch (error) {
    if (error instanceof JsonSyntax) return error.offset;
  }
  // The text scans (or nests too deep to scan): no place to point at.
  return undefined;
}
