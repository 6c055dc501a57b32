/** The module's bytes, compiled from sha512.wat as the build does. */
export function compileSha512Wat(): Promise<Uint8Array>;
/** The TypeScript module that carries the bytes. */
export function bytesModule(bytes: Uint8Array): string;
