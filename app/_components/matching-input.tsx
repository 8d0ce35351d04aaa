"use client";
// A matching question: each item on the left gets one option, and each option goes to one item at
// most (docs/decisions/026). Two ways to match, both always there:
// - drag an unused option (mouse, touch, pen) onto an item: it replaces what the item had, which
//   goes back among the unused options;
// - the item's menu (keyboard, screen readers, and what a phone user expects: the phone's own
//   picker). An option already matched elsewhere says so, and choosing it swaps the two items'
//   options, so no option is ever used twice.
// The answer travels as hidden form fields, as before. Without JavaScript the plain menus are
// offered instead (in <noscript>, before these: their fields come first, so they are the ones read).
import { useEffect, useId, useRef, useState } from "react";
import { DndContext, DragOverlay, PointerSensor, pointerWithin, rectIntersection, useDraggable, useDroppable, useSensor, useSensors, type Announcements, type CollisionDetection, type DragEndEvent, type DragStartEvent } from "@dnd-kit/core";
import { responseFieldName } from "../_server/attempts/form-responses";
import { announceAnswerChange, selectClass } from "./answer-input-parts";

type Assignment = (number | null)[];

/** Options are told apart by their place in the server-drawn layout: two pairs may share a right-hand side. */
function initialAssignment(left: string[], options: string[], saved: Record<string, string> | undefined): Assignment {
  const taken = new Set<number>();
  return left.map((item) => {
    const text = saved?.[item];
    const at = text === undefined ? -1 : options.findIndex((o, i) => o === text && !taken.has(i));
    if (at < 0) return null;
    taken.add(at);
    return at;
  });
}

/** The item under the finger or pointer; else the one the dragged option overlaps most. */
const underPointer: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

const chipClass = "inline-flex touch-none cursor-grab items-center rounded-full border border-brand-600 bg-brand-50 px-3 py-1.5 text-sm font-medium text-brand-800 shadow-sm select-none active:cursor-grabbing";

export function MatchingInput({ questionId, left, options, saved, locked, promptId }: { questionId: string; left: string[]; options: string[]; saved?: Record<string, string>; locked: boolean; promptId: string }) {
  const [assigned, setAssigned] = useState(() => initialAssignment(left, options, saved));
  const [dragging, setDragging] = useState<number | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const changed = useRef(false);
  const dndId = useId();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));

  useEffect(() => {
    if (changed.current) announceAnswerChange(rootRef.current, "change");
    changed.current = false;
  }, [assigned]);

  /** Gives `row` the option `option` (or none); if another item had it, that item gets `row`'s old one. */
  const match = (row: number, option: number | null) => {
    changed.current = true;
    setAssigned((current) => {
      const next = [...current];
      const other = option === null ? -1 : current.indexOf(option);
      if (other >= 0 && other !== row) next[other] = current[row] ?? null;
      next[row] = option;
      return next;
    });
  };
  const optionOf = (id: string | number) => Number(String(id).slice(1));
  const rowOf = (id: string | number) => Number(String(id).slice(1));
  const onDragStart = ({ active }: DragStartEvent) => setDragging(optionOf(active.id));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    if (over) match(rowOf(over.id), optionOf(active.id));
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${options[optionOf(active.id)]}.`,
    onDragOver: ({ active, over }) => (over ? `${options[optionOf(active.id)]} is over ${left[rowOf(over.id)]}.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `${options[optionOf(active.id)]} matched with ${left[rowOf(over.id)]}.` : `${options[optionOf(active.id)]} dropped, not matched.`),
    onDragCancel: ({ active }) => `${options[optionOf(active.id)]} not matched.`,
  };
  const unused = options.map((_, i) => i).filter((i) => !assigned.includes(i));
  const field = responseFieldName(questionId);

  return (
    <div ref={rootRef} className="mt-3">
      {left.map((item, i) => (
        <input key={item} type="hidden" name={`${responseFieldName(questionId, i)}.left`} value={item} />
      ))}
      <noscript>
        <MatchingSelects questionId={questionId} left={left} options={options} saved={saved} />
      </noscript>
      <div className="noscript:hidden">
        <DndContext id={dndId} sensors={sensors} collisionDetection={underPointer} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)} accessibility={{ announcements }}>
          {!locked && (
            <div className="rounded-lg bg-slate-50 p-3">
              <p id={`${field}-pool`} className="text-sm text-slate-600">
                {unused.length ? "Drag an option onto its match, or choose it from the list for each item. Options not used yet:" : "Every option is used. Choose from a list to swap two."}
              </p>
              {unused.length > 0 && (
                <ul aria-labelledby={`${field}-pool`} className="mt-2 flex flex-wrap gap-2" data-matching-pool>
                  {unused.map((option) => (
                    <OptionChip key={option} option={option} text={options[option]!} />
                  ))}
                </ul>
              )}
            </div>
          )}
          <ul aria-labelledby={promptId} className="mt-3 space-y-2">
            {left.map((item, row) => (
              <MatchRow key={item} row={row} item={item} field={field} options={options} left={left} assigned={assigned} locked={locked} onMatch={match} questionId={questionId} />
            ))}
          </ul>
          <DragOverlay>{dragging !== null ? <span className={`${chipClass} shadow-lg`}>{options[dragging]}</span> : null}</DragOverlay>
        </DndContext>
      </div>
    </div>
  );
}

function OptionChip({ option, text }: { option: number; text: string }) {
  // Not focusable: keyboards and screen readers match with the menus, which say everything the chips do.
  const { listeners, setNodeRef, isDragging } = useDraggable({ id: `o${option}` });
  return (
    <li ref={setNodeRef} {...listeners} className={`${chipClass} ${isDragging ? "opacity-40" : ""}`} data-option={text}>
      {text}
    </li>
  );
}

function MatchRow({ row, item, field, options, left, assigned, locked, onMatch, questionId }: { row: number; item: string; field: string; options: string[]; left: string[]; assigned: (number | null)[]; locked: boolean; onMatch: (row: number, option: number | null) => void; questionId: string }) {
  const { setNodeRef, isOver } = useDroppable({ id: `r${row}`, disabled: locked });
  const mine = assigned[row] ?? null;
  return (
    <li ref={setNodeRef} className={`flex flex-col gap-1 rounded-lg border p-2 sm:flex-row sm:items-center sm:gap-3 ${isOver ? "border-brand-600 bg-brand-50" : locked ? "border-slate-200" : "border-dashed border-slate-300"}`} data-match-row={item}>
      <label htmlFor={`${field}-${row}`} className="font-medium sm:w-48 sm:shrink-0">{item}</label>
      <select
        id={`${field}-${row}`}
        value={mine === null ? "" : String(mine)}
        onChange={(e) => onMatch(row, e.target.value === "" ? null : Number(e.target.value))}
        disabled={locked}
        className={selectClass}
      >
        <option value="">Choose…</option>
        {options.map((text, option) => {
          const holder = assigned.indexOf(option);
          return (
            <option key={option} value={option}>
              {holder >= 0 && holder !== row ? `${text} (now with ${left[holder]}: swap)` : text}
            </option>
          );
        })}
      </select>
      {mine !== null && !locked && <input type="hidden" name={responseFieldName(questionId, row)} value={options[mine]} data-answer-part />}
    </li>
  );
}

/** Without JavaScript: a menu per item, as before. Using one option twice earns nothing. */
function MatchingSelects({ questionId, left, options, saved }: { questionId: string; left: string[]; options: string[]; saved?: Record<string, string> }) {
  const field = responseFieldName(questionId);
  return (
    <div className="space-y-2">
      {left.map((item, i) => (
        <div key={item} className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${field}-${i}-plain`} className="min-w-40 font-medium">{item}</label>
          <select id={`${field}-${i}-plain`} name={responseFieldName(questionId, i)} className={selectClass} defaultValue={saved?.[item] ?? ""}>
            <option value="" disabled>Choose…</option>
            {[...new Set(options)].map((right) => <option key={right} value={right}>{right}</option>)}
          </select>
        </div>
      ))}
    </div>
  );
}
