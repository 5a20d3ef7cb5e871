import type { ButtonHTMLAttributes } from 'react';

interface ToggleButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  pressed: boolean;
  /** What the button shows when off and when on ("Save" / "Saved"), each with its icon. */
  off: { icon: string; text: string };
  on: { icon: string; text: string };
  /** Read after the text by screen readers only: which story or entity this acts on. */
  subject: string;
}

/** An on/off button: aria-pressed carries the state, the icon and text show it. */
export function ToggleButton({ pressed, off, on, subject, type = 'button', ...rest }: ToggleButtonProps) {
  const face = pressed ? on : off;
  return (
    <button type={type} aria-pressed={pressed} {...rest}>
      <span aria-hidden="true" className="mr-1">
        {face.icon}
      </span>
      {face.text}{' '}
      <span className="sr-only" dir="auto">
        {subject}
      </span>
    </button>
  );
}
