/**
 * Policy extraction: Document in, plain data out. Runs on the live page (content script) and on
 * linkedom/jsdom documents (CLI, tests). No browser globals, no Node imports, no linkedom here
 * (parse-html.ts is the CLI's door).
 */
export type { ExtractError } from './extract-policy';
export { default as detectPolicy, POLICY_THRESHOLD } from './detect-policy';
export { default as extractPolicy } from './extract-policy';
export { default as findPolicyLinks } from './find-links';
export { default as isSameSite, registrableDomain } from './same-site';
export { default as extractWithDiscovery, MAX_FETCHES, type DiscoveryDeps } from './discovery';
export { default as findTextRange } from './find-text-range';
export { MAX_BLOCKS, MAX_BLOCK_CHARS, MAX_TOTAL_CHARS } from './blocks';
