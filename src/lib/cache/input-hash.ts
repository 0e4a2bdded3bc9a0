import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * A SHA-256 over named inputs, each framed by its name and length so that no
 * two different sets of inputs hash alike (moving bytes from one input to
 * the next changes the hash). A file or folder that cannot be read is
 * hashed as such, not skipped: the build that reads it then reports it.
 */
export class InputHash {
  readonly #hash: Hash = createHash('sha256');

  /** Add one named input. */
  add(name: string, value: string | Uint8Array): this {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    this.#hash.update(`${name}\0${bytes.length}\0`).update(bytes).update('\0');
    return this;
  }

  /** Add a file's bytes under its path (or that it is missing or unreadable). */
  file(path: string): this {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      return this.add(`file ${path}`, `unreadable: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    return this.add(`file ${path}`, bytes);
  }

  /**
   * Add every file directly in a folder (names sorted; a symbolic link by the
   * bytes it leads to, as the loader reads it), or that the folder is missing.
   */
  folder(path: string): this {
    let names: string[];
    try {
      names = readdirSync(path, { withFileTypes: true })
        .filter((e) => e.isFile() || e.isSymbolicLink())
        .map((e) => e.name)
        .sort();
    } catch (error) {
      return this.add(`folder ${path}`, `unreadable: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    this.add(`folder ${path}`, names.join('\n'));
    for (const name of names) this.file(join(path, name));
    return this;
  }

  /** The hash, as 64 hexadecimal digits. */
  hex(): string {
    return this.#hash.digest('hex');
  }
}

/**
 * The installed version of a package, read from its package.json where Node
 * would find it from `from` (a module URL), with the project's node_modules
 * as a last resort; `not installed` when there is none.
 */
export function packageVersion(name: string, from: string): string {
  const paths = [...(createRequire(from).resolve.paths(name) ?? []), join(process.cwd(), 'node_modules')];
  for (const dir of paths) {
    const file = join(dir, name, 'package.json');
    if (!existsSync(file)) continue;
    try {
      return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version);
    } catch {
      return 'unreadable';
    }
  }
  return 'not installed';
}
