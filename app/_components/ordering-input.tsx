"use client";
// An ordering question as a list the learner rearranges: drag by mouse or touch, or by keyboard
// (focus a handle, Space to lift, arrows to move, Space to drop), or with the Up and Down buttons.
// Each item is in the list exactly once, so no answer can repeat one (docs/decisions/026).
//
// The answer travels as hidden form fields, one per position, written only once the learner has
// given an order (moved an item, pressed "Keep this order", or saved one before): an untouched list
// is unanswered, as a blank field is. Without JavaScript the list cannot move, so the page offers
// the old one-menu-per-position form instead (in <noscript>, before the list: its fields come first
// in the form, so they are the ones read).
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { responseFieldName } from "../_server/attempts/form-responses";
import { announceAnswerChange, moveButtonClass, ordinal, selectClass } from "./answer-input-parts";

/** Item ids are positions in the server-drawn layout, so two items with the same text stay two items. */
function initialOrder(items: string[], saved: string[] | undefined): { order: number[]; answered: boolean } {
  const layout = items.map((_, i) => i);
  if (!saved || saved.length !== items.length) return { order: layout, answered: false };
  const left = [...layout];
  const order: number[] = [];
  for (const text of saved) {
    const at = left.findIndex((i) => items[i] === text);
    if (at < 0) return { order: layout, answered: false };
    order.push(left.splice(at, 1)[0]!);
  }
  return { order, answered: true };
}

export function OrderingInput({ questionId, items, saved, locked, promptId }: { questionId: string; items: string[]; saved?: string[]; locked: boolean; promptId: string }) {
  const start = initialOrder(items, saved);
  const [order, setOrder] = useState(start.order);
  const [answered, setAnswered] = useState(start.answered);
  const [status, setStatus] = useState("");
  const listRef = useRef<HTMLOListElement>(null);
  // What the last change was, so the form hears of it after React has written the hidden fields.
  const changedBy = useRef<"change" | "input" | null>(null);
  // After a button move: which button keeps focus (the one pressed can become disabled at an end).
  const focusAfterMove = useRef<string | null>(null);
  // "Keep this order" goes once pressed: focus moves to the note that replaces it, not to the page.
  const noteRef = useRef<HTMLParagraphElement>(null);
  const focusNote = useRef(false);
  const dndId = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  useEffect(() => {
    if (changedBy.current) announceAnswerChange(listRef.current, changedBy.current);
    changedBy.current = null;
    if (focusAfterMove.current) listRef.current?.querySelector<HTMLButtonElement>(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
    if (focusNote.current) noteRef.current?.focus();
    focusNote.current = false;
  }, [order, answered]);

  const textOf = (id: number) => items[id] ?? "";
  const placeOf = (id: number | string) => order.indexOf(Number(id)) + 1;
  const commit = (next: number[], how: "change" | "input") => {
    changedBy.current = how;
    setOrder(next);
    setAnswered(true);
  };
  const move = (from: number, to: number) => {
    const id = order[from]!;
    const next = arrayMove(order, from, to);
    // Up pressed on the new first item (or Down on the last) is disabled: keep focus on the other.
    const edge = to === 0 ? "down" : to === order.length - 1 ? "up" : to < from ? "up" : "down";
    focusAfterMove.current = `[data-move="${edge}"][data-item="${id}"]`;
    setStatus(`${textOf(id)}: now ${ordinal(to + 1)} of ${order.length}.`);
    commit(next, "input");
  };
  // A drop where the item was is still the learner's word on the order: it counts as an answer.
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    commit(arrayMove(order, order.indexOf(Number(active.id)), order.indexOf(Number(over.id))), "change");
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${textOf(Number(active.id))}, ${ordinal(placeOf(active.id))} of ${order.length}. Use the arrow keys to move it, Space to drop it, Escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `${textOf(Number(active.id))} is over position ${placeOf(over.id)} of ${order.length}.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `${textOf(Number(active.id))} dropped: now ${ordinal(placeOf(over.id))} of ${order.length}.` : `${textOf(Number(active.id))} dropped where it was.`),
    onDragCancel: ({ active }) => `Moving cancelled: ${textOf(Number(active.id))} is back in position ${placeOf(active.id)}.`,
  };

  return (
    <div className="mt-3">
      <noscript>
        <OrderingSelects questionId={questionId} items={items} saved={saved} />
      </noscript>
      <div className="noscript:hidden">
        {!locked && (
          <p className="text-sm text-slate-500">
            Put the items in order, first at the top: drag them by the handle, or use the arrows.
          </p>
        )}
        <DndContext id={dndId} sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: "To move this item, press Space, then the up and down arrow keys, then Space again to drop it, or Escape to cancel." } }}>
          <SortableContext items={order.map(String)} strategy={verticalListSortingStrategy}>
            <ol ref={listRef} aria-labelledby={promptId} className="mt-2 space-y-2" data-ordering-list>
              {order.map((id, position) => (
                <SortableRow key={id} id={id} position={position} count={order.length} text={textOf(id)} locked={locked} onMove={move}>
                  {answered && !locked && <input type="hidden" name={responseFieldName(questionId, position)} value={textOf(id)} data-answer-part />}
                </SortableRow>
              ))}
            </ol>
          </SortableContext>
        </DndContext>
        {!locked && !answered && (
          <button
            type="button"
            onClick={() => {
              focusNote.current = true;
              commit(order, "change");
            }} className="mt-2 text-sm font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800">
            Keep this order
          </button>
        )}
        {!locked && answered && (
          <p ref={noteRef} tabIndex={-1} className="mt-2 text-sm text-slate-500 focus:outline-none">
            Your order is your answer.
          </p>
        )}
        <p aria-live="polite" className="sr-only">{status}</p>
      </div>
    </div>
  );
}

function SortableRow({ id, position, count, text, locked, onMove, children }: { id: number; position: number; count: number; text: string; locked: boolean; onMove: (from: number, to: number) => void; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: String(id), disabled: locked });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex items-center gap-2 rounded-lg border bg-white px-2 py-1.5 ${isDragging ? "relative z-10 border-brand-600 shadow-lg" : "border-slate-300"}`}
      data-item-text={text}
    >
      {!locked && (
        <button type="button" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={`Drag ${text}`} className="flex h-10 w-8 shrink-0 cursor-grab touch-none items-center justify-center rounded text-slate-500 hover:bg-slate-100 active:cursor-grabbing">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
            <circle cx="7" cy="5" r="1.5" /><circle cx="13" cy="5" r="1.5" /><circle cx="7" cy="10" r="1.5" /><circle cx="13" cy="10" r="1.5" /><circle cx="7" cy="15" r="1.5" /><circle cx="13" cy="15" r="1.5" />
          </svg>
        </button>
      )}
      <span className="w-8 shrink-0 text-sm text-slate-600" aria-hidden="true">{ordinal(position + 1)}</span>
      <span className="min-w-0 flex-1 py-1">{text}</span>
      {!locked && (
        <span className="flex shrink-0 gap-1">
          <button type="button" data-move="up" data-item={id} disabled={position === 0} onClick={() => onMove(position, position - 1)} aria-label={`Move ${text} up`} className={moveButtonClass}>
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" data-move="down" data-item={id} disabled={position === count - 1} onClick={() => onMove(position, position + 1)} aria-label={`Move ${text} down`} className={moveButtonClass}>
            <span aria-hidden="true">↓</span>
          </button>
        </span>
      )}
      {children}
    </li>
  );
}

/** Without JavaScript: a menu per position, as before. Choosing one item twice earns nothing. */
function OrderingSelects({ questionId, items, saved }: { questionId: string; items: string[]; saved?: string[] }) {
  const field = responseFieldName(questionId);
  return (
    <ol className="space-y-2">
      {items.map((_, position) => (
        <li key={position} className="flex items-center gap-2">
          <label htmlFor={`${field}-${position}`} className="w-16 text-sm text-slate-600">{ordinal(position + 1)}</label>
          <select id={`${field}-${position}`} name={responseFieldName(questionId, position)} className={selectClass} defaultValue={saved?.[position] ?? ""}>
            <option value="" disabled>Choose…</option>
            {[...new Set(items)].map((item) => <option key={item} value={item}>{item}</option>)}
          </select>
        </li>
      ))}
    </ol>
  );
}
