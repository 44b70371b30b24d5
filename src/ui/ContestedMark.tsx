import './panels.css';

/** The mark of a contested claim: supported by some, denied or rebutted by others. */
export function ContestedMark() {
  return (
    <span
      className="contested-mark"
      data-testid="details.contested"
      title="Contested: at least one statement supports it and at least one denies or rebuts it"
    >
      <span aria-hidden="true">⚖</span>contested
    </span>
  );
}
