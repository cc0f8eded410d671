// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClauseList from '../../../components/ClauseList';
import GradeBadge from '../../../components/GradeBadge';
import ScoreExplanation from '../../../components/ScoreExplanation';
import { ErrorView, Loading } from '../../../components/StatusView';
import VerdictCard from '../../../components/VerdictCard';
import { verdictSentence, verdictTone, verdictValue } from '../../../components/verdict-text';
import { translator } from '../../../lib/i18n';
import { CORE_LABELS } from '../../../lib/labels';
import type { AnalyzeError } from '../../../lib/messages';
import { summaryFixture } from './summary-fixture';

afterEach(cleanup);
const t = translator('en');
const nl = translator('nl');

describe('GradeBadge', () => {
  it('shows the letter, the words and the score; not colour alone', () => {
    render(<GradeBadge grade="D" score={43} t={t} />);
    expect(screen.getByTestId('grade').textContent).toBe('D');
    expect(screen.getByTestId('score').getAttribute('data-value')).toBe('43');
    expect(screen.getByText('Serious concerns')).toBeTruthy();
    expect(screen.getByRole('group').getAttribute('aria-label')).toBe('Grade D, 43 / 100');
  });
});

describe('VerdictCard', () => {
  const summary = summaryFixture();

  it.each(CORE_LABELS)('%s: data-value is the CLI value, sentence localised', (label) => {
    render(
      <VerdictCard
        label={label}
        value={verdictValue(summary, label)}
        sentence={verdictSentence(summary, label, t)}
        tone={verdictTone(summary, label)}
        category={summary.categories[label]}
        policyLang="en"
        uiLang="en"
        t={t}
        onShow={() => {}}
      />,
    );
    const card = screen.getByTestId(`verdict-${label}`);
    expect(card.getAttribute('data-value')).toBe(String(summary.verdicts[label]));
    expect(card.textContent).toContain(t(`question.${label}`));
  });

  it.each([
    ['data_sale', 'good'],
    ['third_party_sharing', 'bad'],
    ['retention', 'good'],
  ] as const)('tone of %s is %s', (label, tone) => {
    expect(verdictTone(summary, label)).toBe(tone);
  });

  it('unknown and unstated topics are neutral, never good', () => {
    const unknown = summaryFixture({
      verdicts: { ...summary.verdicts, data_sale: 'unknown', retention: 'none' },
      categories: { ...summary.categories, data_sale: { ...summary.categories.data_sale, points: -10 }, retention: { ...summary.categories.retention, points: 0 } },
    });
    expect(verdictTone(unknown, 'data_sale')).toBe('bad');
    expect(verdictTone(unknown, 'retention')).toBe('neutral');
  });

  it('remote access with consent says so; retention shows the period', () => {
    expect(verdictSentence(summary, 'remote_access', t)).toBe('Yes, but only with your permission');
    expect(verdictSentence(summary, 'retention', t)).toBe('Kept for 2 years');
    expect(verdictSentence({ ...summary, verdicts: { ...summary.verdicts, retention: 'vague' } }, 'retention', t)).toMatch(/as long as necessary/);
  });

  it('renders hostile page text as text, and marks a quote in another language', () => {
    const onShow = vi.fn();
    const { container } = render(
      <VerdictCard
        label="third_party_sharing"
        value="true"
        sentence="x"
        tone="bad"
        category={summary.categories.third_party_sharing}
        policyLang="de"
        uiLang="en"
        t={t}
        onShow={onShow}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(container.querySelector('q')?.getAttribute('lang')).toBe('de');
    expect(container.textContent).toContain('quoted in German');
    fireEvent.click(container.querySelector('button.quote')!);
    expect(onShow).toHaveBeenCalledWith(summary.categories.third_party_sharing.evidence[0].text);
  });

  it('puts the heading above a short quote, so "No." says what it answers', () => {
    const category = { evidence: [{ clauseId: 'c1', blockId: 'b1', text: 'No.', heading: 'Do we sell your data?', score: 0.9 }], parties: [], points: 0, reason: 'not_sold' };
    const { container } = render(<VerdictCard label="data_sale" value="not_sold" sentence="No" tone="good" category={category} policyLang="en" uiLang="en" t={t} onShow={() => {}} />);
    expect(container.querySelector('.quote-heading')?.textContent).toBe('Do we sell your data?');
    cleanup();
    const long = { ...category, evidence: [{ ...category.evidence[0], text: 'We do not sell, rent or trade your personal data to anyone, for any purpose, and we never will.' }] };
    const again = render(<VerdictCard label="data_sale" value="not_sold" sentence="No" tone="good" category={long} policyLang="en" uiLang="en" t={t} onShow={() => {}} />);
    expect(again.container.querySelector('.quote-heading')).toBeNull();
  });

  it('says so when there is no evidence', () => {
    render(<VerdictCard label="data_sale" value="unknown" sentence="?" tone="neutral" category={{ evidence: [], parties: [], points: -10, reason: 'sale_unknown' }} policyLang="en" uiLang="en" t={t} onShow={() => {}} />);
    expect(screen.getByText('No passage found on this topic.')).toBeTruthy();
    expect(screen.getByText('−10')).toBeTruthy();
  });
});

describe('ClauseList', () => {
  it('lists labelled clauses, filters by label, reports counts, clicks show in page', () => {
    const summary = summaryFixture();
    const onFilter = vi.fn();
    const onShow = vi.fn();
    const { rerender } = render(<ClauseList clauses={summary.clauses} filter="all" onFilter={onFilter} onShow={onShow} policyLang="en" t={t} />);
    expect(screen.getByTestId('clause-list').querySelectorAll('li')).toHaveLength(5);
    expect(screen.getByText('5 of 5')).toBeTruthy();
    fireEvent.change(screen.getByTestId('clause-filter'), { target: { value: 'retention' } });
    expect(onFilter).toHaveBeenCalledWith('retention');
    rerender(<ClauseList clauses={summary.clauses} filter="retention" onFilter={onFilter} onShow={onShow} policyLang="en" t={t} />);
    const items = screen.getByTestId('clause-list').querySelectorAll('li');
    expect(items).toHaveLength(1);
    fireEvent.click(items[0].querySelector('button')!);
    expect(onShow).toHaveBeenCalledWith('We keep your data for 2 years.');
    rerender(<ClauseList clauses={summary.clauses} filter="children" onFilter={onFilter} onShow={onShow} policyLang="en" t={t} />);
    expect(screen.getByText('No passage with this topic.')).toBeTruthy();
  });
});

describe('ScoreExplanation', () => {
  it('lists each adjustment with its localised reason', () => {
    const summary = summaryFixture();
    render(<ScoreExplanation adjustments={summary.adjustments} t={t} />);
    expect(screen.getByTestId('adjustment-third_party_sharing').textContent).toMatch(/^−10 /);
    for (const a of summary.adjustments) expect(screen.getByTestId(`adjustment-${a.label}`).textContent).not.toContain('reason.');
  });
});

describe('status views', () => {
  it('loading keeps the summary shape and says it is still working when slow', () => {
    const { rerender } = render(<Loading slow={false} t={t} />);
    expect(screen.getByRole('status').textContent).toContain('Reading the privacy policy');
    rerender(<Loading slow t={t} />);
    expect(screen.getByRole('status').textContent).toContain('Still reading');
  });

  const codes: AnalyzeError[] = ['restricted-page', 'no-permission', 'empty-page', 'not-a-policy', 'no-policy-found', 'fetch-failed', 'too-short', 'bad-extraction', 'internal'];
  it.each(codes)('error %s has its own sentence (en and nl) and a retry', (code) => {
    const retry = vi.fn();
    render(<ErrorView code={code} onRetry={retry} t={nl} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).not.toContain(`errors.${code}`);
    expect(t(`errors.${code}`)).not.toBe(`errors.${code}`);
    fireEvent.click(screen.getByRole('button'));
    expect(retry).toHaveBeenCalled();
  });
});
