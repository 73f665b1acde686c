/**
 * Opens the browser's print dialog. Printing needs JavaScript to start, so the button is
 * built hidden, with its list item: without JavaScript it takes no space. The enhancement
 * script (enhance/print-button.ts) shows it; it is last in its row, so nothing moves.
 */
export function PrintButtonItem({ label }: { label: string }) {
  return (
    <li hidden>
      <button type="button" className="link-button" data-print="">
        {label}
      </button>
    </li>
  );
}
