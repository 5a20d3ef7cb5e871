import { describe, expect, it } from 'vitest';
import { remToPx, splitPropertyRules, toReaderRoot, toShadowCss } from '../../src/embed/shadow-css';

describe('the embed stylesheet', () => {
  it('turns rem into px in values and container conditions, not in class names', () => {
    const css =
      '.max-w-\\[96rem\\]{max-width:96rem}.p-2{padding:calc(var(--spacing)*2)}:root{--spacing:.25rem}' +
      '@container (width>=42rem){.a{margin:-1.5rem 0 2rem}}.h-\\[calc\\(100vh-6rem\\)\\]{height:calc(100vh - 6rem)}';
    expect(remToPx(css)).toBe(
      '.max-w-\\[96rem\\]{max-width:1536px}.p-2{padding:calc(var(--spacing)*2)}:root{--spacing:4px}' +
        '@container (width>=672px){.a{margin:-24px 0 32px}}.h-\\[calc\\(100vh-6rem\\)\\]{height:calc(100vh - 96px)}',
    );
  });

  it("moves html, :root and :host rules to the reader's root element", () => {
    expect(toReaderRoot(':root,:host{--x:1}html,:host{line-height:1.5}html{color-scheme:light dark}')).toBe(
      '.lede-root,.lede-root{--x:1}.lede-root,.lede-root{line-height:1.5}.lede-root{color-scheme:light dark}',
    );
    // Selectors that merely contain the words are left alone.
    expect(toReaderRoot(':host([hidden]){display:none}.html-view{x:1}')).toBe(
      ':host([hidden]){display:none}.html-view{x:1}',
    );
  });

  it('splits off the @property rules for the host document', () => {
    const css = toShadowCss(
      '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}.a{b:c}@property --tw-x{syntax:"*";inherits:false}',
    );
    const { properties, rest } = splitPropertyRules(css);
    expect(properties).toBe(
      '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}\n@property --tw-x{syntax:"*";inherits:false}',
    );
    expect(rest).toBe('.a{b:c}');
  });
});
