// Minimal types for the part of jsdom the extraction tests and scripts/eval-extract.ts use
// (@types/jsdom is not a dependency). Delete this file if @types/jsdom is ever added.
declare module 'jsdom' {
  export class VirtualConsole {
    constructor();
  }
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; virtualConsole?: VirtualConsole });
    readonly window: Window & typeof globalThis;
  }
}
