import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoryImage } from '../../../src/features/feed/story-image';
import { ImagePolicyProvider } from '../../../src/ui/image-policy-context';

const policy = { origins: [window.location.origin], hosts: ['images.example.com'] };
const thumbnail = (url: string) =>
  render(
    <ImagePolicyProvider policy={policy}>
      <StoryImage image={{ url, alt: 'A harbour' }} />
    </ImagePolicyProvider>,
  ).container;

describe('a feed thumbnail', () => {
  it('loads from the reader’s origin and allow-listed hosts', () => {
    for (const url of [`${window.location.origin}/data/images/a.jpg`, 'https://images.example.com/a.jpg']) {
      expect(thumbnail(url).querySelector('img')).toHaveAttribute('src', url);
    }
  });

  it('keeps an empty box of the same size for another host, and requests nothing', () => {
    const container = thumbnail('https://tracker.example/pixel.gif');
    expect(container.querySelector('img')).toBeNull();
    const box = container.querySelector('[data-image-withheld="tracker.example"]');
    expect(box).toHaveClass('aspect-video', 'w-24');
    expect(box).toHaveAttribute('aria-hidden', 'true');
  });

  it('shows nothing for an address that is not an image’s', () => {
    expect(thumbnail('javascript:alert(1)').childElementCount).toBe(0);
  });
});
