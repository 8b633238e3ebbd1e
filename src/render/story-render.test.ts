import { describe, expect, test } from 'vitest';
import type { StoryReportView, SupportView } from '../contract/story-report-view.js';
import { renderStoryHtml } from './story-html.js';
import { renderStoryMarkdown } from './story-markdown.js';

const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)> *bold* [link](http://evil)';

function support(text: string, article = 'a1'): SupportView {
  return { article, source: `<b>${article}</b>`, lang: 'en', text, start: 0, end: text.length };
}

const REPORT: StoryReportView = {
  id: 's-1',
  title: hostile,
  lang: null,
  summary: [{ claim: 'c1', support: 2, ...support(hostile) }],
  coverage: {
    articles: 2,
    first_seen: '2025-01-02',
    last_seen: '2025-01-03',
    languages: { en: 2 },
    sources: [{ source: hostile, languages: ['en'], articles: 2, first_seen: '2025-01-02' }],
  },
  claims: [
    {
      id: 'c1',
      label: 'shared',
      sources: 2,
      support: [support(hostile), support(hostile, 'a2')],
      conflict: null,
      evidence: [],
    },
    {
      id: 'c2',
      label: 'single-source',
      sources: 1,
      support: [support(hostile)],
      conflict: null,
      evidence: [],
    },
    {
      id: 'c3',
      label: 'conflicting',
      sources: 2,
      support: [support(hostile), support(hostile, 'a2')],
      conflict: {
        slot: 'q:count:people',
        sides: [
          { value: '12', text: hostile, support: [support(hostile)] },
          { value: '14', text: '14 people', support: [support(hostile, 'a2')] },
        ],
      },
      evidence: [],
    },
  ],
  timeline: [{ date: '2025-01-02', until: null, grain: 'day', mentions: [support(hostile)] }],
  entities: [{ id: 'person:x', name: hostile, type: 'person', articles: 2 }],
};

describe('story reports treat article text as untrusted', () => {
  test('HTML escapes every piece of article text, source and entity name', () => {
    const html = renderStoryHtml(REPORT);
    expect(html).not.toMatch(/<script>|<img|<b>/);
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    );
  });

  test('Markdown shows markup as written instead of interpreting it', () => {
    const markdown = renderStoryMarkdown(REPORT);
    expect(markdown).not.toMatch(/(^|[^\\])(<script|<img|\*bold|\[link)/m);
    expect(markdown).toContain('\\<script\\>');
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '# \\<script\\>alert("x")\\</script\\> & \\<img src=x onerror=alert(1)\\> \\*bold\\* \\[link\\](http://evil)',
      '',
      '_story s-1 · 2 articles · 1 source · languages en 2 · 2025-01-02 to 2025-01-03_',
    ]);
  });
});

describe('story report timelines', () => {
  test('a day whose year no source states is shown without one', () => {
    const timeline: StoryReportView['timeline'] = [
      { date: '2024-06-12', until: null, grain: 'day', mentions: [support('Talks ended on 12 June 2024.')] },
      {
        date: '--06-13',
        until: '--06-15',
        grain: 'day',
        mentions: [support('The summit runs from June 13 to 15.')],
      },
    ];
    const markdown = renderStoryMarkdown({ ...REPORT, timeline });
    const lines = markdown.split('\n');
    const from = lines.indexOf('## Timeline');
    expect(lines.slice(from + 2, from + 4)).toEqual([
      '- **2024-06-12**: “Talks ended on 12 June 2024.” (\\<b\\>a1\\</b\\>, en)',
      '- **06-13 to 06-15 (year not stated)**: “The summit runs from June 13 to 15.” (\\<b\\>a1\\</b\\>, en)',
    ]);
    expect(renderStoryHtml({ ...REPORT, timeline })).toContain(
      '<strong>06-13 to 06-15 (year not stated)</strong>',
    );
  });
});
