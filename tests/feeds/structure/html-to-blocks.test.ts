// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { StoryBlockSchema } from '../../../src/feeds/structure/blocks';
import { htmlToBlocks } from '../../../src/feeds/structure/html-to-blocks';
import { htmlToText } from '../../../src/feeds/structure/html-to-text';

describe('htmlToBlocks', () => {
  it('keeps paragraphs, headings, quotes and list items as kinds of plain text', () => {
    const blocks = htmlToBlocks(
      '<p>First  <b>bold</b>\n words.</p><h2>A heading</h2><blockquote><p>Said once.</p><p>Said twice.</p></blockquote><ul><li>One</li><li>Two</li></ul>',
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'First bold words.'],
      ['heading', 'A heading'],
      ['quote', 'Said once.'],
      ['quote', 'Said twice.'],
      ['list-item', 'One'],
      ['list-item', 'Two'],
    ]);
  });

  it('turns nested lists into one list item each, the parent keeping its own words', () => {
    const blocks = htmlToBlocks(
      '<ol><li>Outer <ul><li>Inner <ol><li>Deepest</li></ol></li></ul></li><li>Next</li></ol>',
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'Outer'],
      ['list-item', 'Inner'],
      ['list-item', 'Deepest'],
      ['list-item', 'Next'],
    ]);
  });

  it('records link ranges over the plain text, resolving relative links against the page', () => {
    const [block] = htmlToBlocks(
      '<p>Read <a href="/report">the full report</a> and <a href="https://b.example/x?a=1&amp;b=2">this</a>.</p>',
      {
        baseUrl: 'https://news.example/story/1',
      },
    );
    expect(block?.text).toBe('Read the full report and this.');
    expect(block?.links).toEqual([
      { start: 5, end: 20, href: 'https://news.example/report' },
      { start: 25, end: 29, href: 'https://b.example/x?a=1&b=2' },
    ]);
    expect(block?.text.slice(5, 20)).toBe('the full report');
  });

  it('leaves no markup from hostile HTML: scripts, styles, handlers, dangerous links', () => {
    const hostile = `<p onclick="steal()" style="color:red">Safe <a href="javascript:alert(1)">click</a>
      <a href=" JaVaScRiPt:alert(2)">me</a> <a href="data:text/html,<script>x</script>">data</a>
      <a href="vbscript:x">vb</a> <a href="https://user:pw@evil.example/">creds</a></p>
      <script>alert("s")</script><style>p{color:red}</style><img src=x onerror="alert(3)">
      <iframe src="https://evil.example"></iframe><svg><script>alert(4)</script><text>svg text</text></svg>
      <p>&lt;script&gt;alert(5)&lt;/script&gt; &amp; &quot;quoted&quot; &#169; &nbsp;end</p><form><input value="x"><button>Go</button></form>`;
    const blocks = htmlToBlocks(hostile);
    expect(blocks.map((b) => b.text)).toEqual([
      'Safe click me data vb creds',
      '<script>alert(5)</script> & "quoted" © end',
    ]);
    expect(blocks.flatMap((b) => b.links)).toEqual([]);
    for (const block of blocks) expect(v.is(StoryBlockSchema, block)).toBe(true);
    expect(JSON.stringify(blocks)).not.toMatch(/alert\(\d\)"|onclick|onerror|javascript:|iframe|svg text|color:red/i);
  });

  it('splits on line breaks and drops empty blocks', () => {
    expect(htmlToBlocks('One<br>Two<br><br><p> </p><div><div>Three</div></div>').map((b) => b.text)).toEqual([
      'One',
      'Two',
      'Three',
    ]);
  });

  it('survives absurd nesting and caps the number of blocks', () => {
    const deep = `${'<div><span>'.repeat(3000)}deep text${'</span></div>'.repeat(3000)}`;
    expect(htmlToBlocks(deep).map((b) => b.text)).toEqual(['deep text']);
    const many = '<p>x</p>'.repeat(5000);
    expect(htmlToBlocks(many, { maxBlocks: 100 })).toHaveLength(100);
  });

  it('drops a link that spans a block break instead of pointing at the wrong words', () => {
    const blocks = htmlToBlocks('<a href="https://a.example/">Lead <p>inside</p> tail</a>');
    expect(blocks.map((b) => b.text)).toEqual(['Lead', 'inside', 'tail']);
    for (const block of blocks) for (const link of block.links) expect(link.end).toBeLessThanOrEqual(block.text.length);
  });
});

describe('htmlToText', () => {
  it('strips markup and decodes entities into one line', () => {
    expect(htmlToText("<script>alert('x')</script>Dock strike <b>ends</b> &amp; ferries sail")).toBe(
      'Dock strike ends & ferries sail',
    );
    expect(htmlToText('<a href="javascript:x" onclick="y()">Rita <i>Moreno</i></a>')).toBe('Rita Moreno');
    expect(htmlToText('  plain\n\ttext  ')).toBe('plain text');
  });

  it('caps the length', () => {
    expect(htmlToText('a'.repeat(10_000_000), 300)).toHaveLength(300);
  });
});
