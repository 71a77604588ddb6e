import type { ComponentChildren } from 'preact';

/** A titled block of the card; the heading names the region for screen readers. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="section" aria-labelledby={`${id}-heading`} data-section={id}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {children}
    </section>
  );
}
