"use client";
// A numeric question's box (decision 032). It reads what is typed as the server will (readNumber):
// "250 passengers" is 250; text with no one number in it is not an answer, and the box says so
// beside itself, keeping what was typed, rather than letting it pass as saved.
import { useState } from "react";
import { readNumber } from "../_server/attempts/form-responses";

export const NOT_A_NUMBER = "This needs a number, like 250: it is not saved until it holds one.";

export function NumberInput({ name, promptId, className, defaultValue, disabled }: { name: string; promptId: string; className: string; defaultValue?: string; disabled: boolean }) {
  const [invalid, setInvalid] = useState(() => defaultValue !== undefined && defaultValue.trim() !== "" && readNumber(defaultValue) === null);
  const hintId = `${name}-number-hint`;
  return (
    <>
      <input
        name={name}
        inputMode="decimal"
        autoComplete="off"
        aria-labelledby={promptId}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
        className={`${className} ${invalid ? "border-red-500 ring-1 ring-red-500" : ""}`}
        placeholder="A number"
        defaultValue={defaultValue}
        disabled={disabled}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          setInvalid(typed.trim() !== "" && readNumber(typed) === null);
        }}
      />
      {invalid && (
        <p id={hintId} role="alert" className="mt-1 text-sm text-red-700" data-testid="number-hint">
          {NOT_A_NUMBER}
        </p>
      )}
    </>
  );
}
