import type { CoreLabel, Label } from './labels';

/** BCP 47 primary language subtag as the browser speaks it ('en', 'nl'). */
export type Bcp47 = string;
/** ISO 639-3 code as franc speaks it ('eng', 'nld'). */
export type Iso6393 = string;

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

/** One structural unit of extracted page text. `heading` is the nearest heading above it. */
export interface Block {
  id: string;
  kind: BlockKind;
  heading: string | null;
  text: string;
}

/** What the content script (or the CLI) pulls out of one document. Plain data: it crosses messaging. */
export interface Extraction {
  /** URL of the page the user is on (or the file path in the CLI). */
  url: string;
  title: string;
  lang: Bcp47 | null;
  isPolicy: boolean;
  /** 0..1: how sure we are that `blocks` come from a privacy policy. */
  confidence: number;
  blocks: Block[];
  /** Where the blocks came from: `url` itself, or the discovered policy page. */
  sourceUrl: string;
}

/** An input clause for the classifier: a block or a piece of one. */
export interface Clause {
  id: string;
  /** Id of the block the clause came from (for highlight-in-page), null for free text. */
  blockId: string | null;
  text: string;
  heading: string | null;
}

export type SaleStance = 'sold' | 'not_sold' | null;

export interface ClauseTag extends Clause {
  lang: Bcp47 | null;
  labels: Label[];
  /** Probability-like 0..1 per label; always all 13 keys. */
  scores: Record<Label, number>;
  sale: SaleStance;
  /** Period as written ("2 years", "26 maanden"), or null. */
  retention_period: string | null;
  /** Retention clause that names no period ("as long as necessary"). */
  retention_vague: boolean;
  /** Remote-access clauses: access needs the user's permission? null otherwise. */
  remote_consent: boolean | null;
  /** Named third parties and trackers ("Google Analytics", "Hotjar"). */
  parties: string[];
}

export type SaleVerdict = 'sold' | 'not_sold' | 'unknown';

/** Document verdicts; values are exactly what the CLI prints and the popup puts in `data-value`. */
export interface Verdicts {
  data_sale: SaleVerdict;
  third_party_sharing: boolean;
  cookies_tracking: boolean;
  remote_access: boolean;
  /** A period as written, 'vague', or 'none'. */
  retention: string;
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/** One line of the explainable score: "−20: shares data with advertisers". */
export interface Adjustment {
  label: CoreLabel;
  points: number;
  /** Stable reason code; the popup localises it as `reason.<code>`. */
  reason: string;
}

export interface Evidence {
  clauseId: string;
  blockId: string | null;
  text: string;
  /** The clause's section heading: context for a short quote ("Do we sell your data?" → "No."). */
  heading?: string | null;
  score: number;
}

export interface CategorySummary {
  /** Strongest supporting clauses first (at most a handful). */
  evidence: Evidence[];
  parties: string[];
  points: number;
  reason: string;
  /** remote_access only: true when every remote-access clause requires consent. */
  remote_consent?: boolean | null;
}

export interface PolicySummary {
  lang: Bcp47 | null;
  grade: Grade;
  score: number;
  verdicts: Verdicts;
  categories: Record<CoreLabel, CategorySummary>;
  adjustments: Adjustment[];
  clauses: ClauseTag[];
  modelVersion: string;
}
