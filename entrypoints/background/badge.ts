import { browser } from 'wxt/browser';
import type { Grade } from '@/lib/types';

/** Badge colours match the popup's grade colours; the letter carries the meaning, not the colour. */
export const GRADE_COLORS: Record<Grade, string> = {
  A: '#1e7b34',
  B: '#5b8c1a',
  C: '#a86b00',
  D: '#c2410c',
  E: '#b91c1c',
};

// Firefox MV2 has browserAction, Chrome MV3 has action.
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export async function setBadge(tabId: number, grade: Grade): Promise<void> {
  try {
    await action().setBadgeText({ tabId, text: grade });
    await action().setBadgeBackgroundColor({ tabId, color: GRADE_COLORS[grade] });
  } catch {
    // The tab may have closed meanwhile; a badge is cosmetic.
  }
}
