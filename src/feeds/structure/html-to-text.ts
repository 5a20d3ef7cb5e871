import { htmlToBlocks } from './html-to-blocks';
import { TextBuilder } from './text-builder';

/**
 * A title, an author or a summary that may carry markup or entities -> one line of plain text.
 * Text without '<' or '&' is only whitespace-collapsed, which keeps 10,000 plain titles cheap.
 */
export function htmlToText(value: string, maxChars = Infinity): string {
  const input = value.length > maxChars * 4 ? value.slice(0, maxChars * 4) : value;
  const text = /[<&]/.test(input)
    ? htmlToBlocks(input)
        .map((block) => block.text)
        .join(' ')
    : collapse(input);
  return text.length > maxChars ? text.slice(0, maxChars).trimEnd() : text;
}

function collapse(text: string): string {
  const builder = new TextBuilder(1);
  builder.append(text);
  builder.flush('paragraph');
  return builder.blocks[0]?.text ?? '';
}
