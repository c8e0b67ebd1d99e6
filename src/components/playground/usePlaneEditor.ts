import {
  useEffect,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { PLANE, type SplitData } from '../../engine';
import { pointAt, POINT_SETS, type PointRef, type PointSet } from '../../store/playground/ownEdits';
import { useActions, useAppStoreApi } from '../../store/StoreProvider';
import { toPlane } from './mapPainter';
import { useOwnData } from './ownDataContext';
import { labelOf } from './ownTools';
import {
  canLongPress,
  HIT_PX,
  isDrag,
  isLongPress,
  LONG_PRESS_MS,
  pressKindOf,
  type PressKind,
} from './pressGesture';

/** Where a point is drawn while it is dragged or carried with the keys (not yet in the store). */
export interface Preview {
  readonly ref: PointRef;
  readonly x1: number;
  readonly x2: number;
}

export interface PlanePoint {
  readonly x1: number;
  readonly x2: number;
}

/** The keyboard cross's step in plane units (Shift: the larger). */
const KEY_STEP = { fine: 0.25, coarse: 1 } as const;
/** The keyboard cross takes the point within this distance (plane units). */
const KEY_RADIUS = 0.3;

interface Press {
  readonly pointer: number;
  readonly kind: PressKind;
  readonly x: number;
  readonly y: number;
  /** The points pressed on (the point `hit` refers to is one of them). */
  readonly on: SplitData;
  readonly hit: PointRef | null;
  readonly erase: boolean;
  /** When it started (performance.now()) and how far it has travelled, for a long press. */
  readonly since: number;
  dx: number;
  dy: number;
  moved: boolean;
  /** The long press waiting to remove the point (null: this press cannot become one). */
  timer: ReturnType<typeof setTimeout> | null;
}

/** The page's clock (ms), read in event handlers and timers, never while rendering. */
const clock = (): number => performance.now();

function stopTimer(p: Press | null): void {
  if (p?.timer !== null && p?.timer !== undefined) clearTimeout(p.timer);
  if (p !== null) p.timer = null;
}
const clampPlane = (v: number) => Math.max(-PLANE, Math.min(PLANE, v));

function planeOf(e: PointerEvent<HTMLElement>): PlanePoint & { unit: number } {
  const rect = e.currentTarget.getBoundingClientRect();
  const p = toPlane((e.clientX - rect.left) / rect.width, (e.clientY - rect.top) / rect.height);
  return { ...p, unit: (2 * PLANE) / rect.width };
}

/**
 * Editing the own points on the plane, by pointer (mouse, pen or touch) and by keys. A tap
 * adds a point with the tools' label to their set (even over another point: a tap that
 * does not move is never a drag); a press on a point that moves drags it (the store
 * changes once, on release); with the eraser, or Shift, a tap on a point removes it, and a
 * finger held still on a point for half a second removes it too (pressGesture.ts), said by
 * the toolbar. Keys: arrows move a cross, Enter adds (erases), Delete removes, Space picks
 * a point up and puts it down, Escape puts it back; Ctrl+Z is the page's (useKeyboard,
 * which undoes the point edits while they are being made). A CSV file
 * dropped on the plane is imported. `editable` false leaves only the hover readout.
 */
export function usePlaneEditor(
  points: SplitData,
  showTest: boolean,
  editable: boolean,
  /** Where the pointer is (null: gone); `touch` when a finger put it there. */
  onHover: (at: PlanePoint | null, touch: boolean) => void,
) {
  const actions = useActions();
  const { store } = useAppStoreApi();
  const { tools, importFile, setPressRemoved } = useOwnData();
  const press = useRef<Press | null>(null);
  // The kind of the last press: a finger's long press must not open the context menu.
  const lastKind = useRef<PressKind>('mouse');
  useEffect(() => () => stopTimer(press.current), []);
  // Previews and the held point belong to the points they were made on: any other change
  // of the points (an undo, a link) drops them.
  const [preview, setPreview] = useState<{ on: SplitData; at: Preview } | null>(null);
  const [cursor, setCursor] = useState<PlanePoint>({ x1: 0, x2: 0 });
  // The cross shows once the keys are used, not after a click focuses the plane.
  const [keyboard, setKeyboard] = useState(false);
  const sets: readonly PointSet[] = showTest ? POINT_SETS : ['train'];
  const shown = preview !== null && preview.on === points ? preview.at : null;

  const add = (at: PlanePoint) =>
    actions.addOwnPoint(tools.target, { ...at, label: labelOf(tools) });
  const show = (at: Preview | null) => setPreview(at === null ? null : { on: points, at });

  /** A finger still held on the point it pressed: removes it, as one undoable edit. */
  const longPress = (p: Press) => {
    p.timer = null;
    if (press.current !== p || p.moved || p.hit === null) return;
    // Something else (an undo, a link) changed the points meanwhile: the point is not there.
    if (store.getState().ownPoints !== p.on) return;
    const now = clock();
    if (!isLongPress(p, now)) {
      // Not moved into a drag (that stops the timer), so the timer came a moment early by
      // the page's clock: wait the rest.
      p.timer = setTimeout(() => longPress(p), Math.max(1, p.since + LONG_PRESS_MS - now));
      return;
    }
    press.current = null;
    actions.removeOwnPoint(p.hit);
    setPressRemoved(store.getState().ownPoints);
    // A short buzz where the phone has one; the toolbar's status says it in words.
    if (typeof navigator.vibrate === 'function') navigator.vibrate(20);
    show(null);
  };

  const pointer = {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      setKeyboard(false);
      const kind = pressKindOf(e.pointerType);
      lastKind.current = kind;
      const at = planeOf(e);
      // A finger has no hover: the readout follows the press instead.
      onHover(at, e.pointerType === 'touch');
      if (!editable || (e.pointerType === 'mouse' && e.button !== 0)) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      stopTimer(press.current);
      const hit = pointAt(points, at.x1, at.x2, HIT_PX[kind] * at.unit, sets);
      const erase = tools.tool === 'erase' || e.shiftKey;
      const p: Press = {
        pointer: e.pointerId,
        kind,
        x: e.clientX,
        y: e.clientY,
        on: points,
        hit,
        erase,
        since: clock(),
        dx: 0,
        dy: 0,
        moved: false,
        timer: null,
      };
      if (canLongPress(kind, hit !== null, erase))
        p.timer = setTimeout(() => longPress(p), LONG_PRESS_MS);
      press.current = p;
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      const at = planeOf(e);
      onHover(at, e.pointerType === 'touch');
      const p = press.current;
      if (p === null || p.pointer !== e.pointerId) return;
      p.dx = e.clientX - p.x;
      p.dy = e.clientY - p.y;
      if (p.hit === null || p.erase) return;
      if (!p.moved && !isDrag(p.kind, p.dx, p.dy)) return;
      // A drag: the point follows the press and is never removed by holding it.
      p.moved = true;
      stopTimer(p);
      show({ ref: p.hit, x1: clampPlane(at.x1), x2: clampPlane(at.x2) });
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      const p = press.current;
      if (p === null || p.pointer !== e.pointerId) return;
      stopTimer(p);
      press.current = null;
      const at = planeOf(e);
      if (p.moved && p.hit !== null) actions.moveOwnPoint(p.hit, at.x1, at.x2);
      else if (!p.erase) add(at);
      else if (p.hit !== null) actions.removeOwnPoint(p.hit);
      show(null);
    },
    onPointerCancel: () => {
      stopTimer(press.current);
      press.current = null;
      show(null);
    },
    // A finger "leaves" as it lifts: the readout stays on the point it pressed.
    onPointerLeave: (e: PointerEvent<HTMLElement>) => {
      if (e.pointerType !== 'touch') onHover(null, false);
    },
    onContextMenu: (e: MouseEvent<HTMLElement>) => {
      if (editable && lastKind.current === 'touch') e.preventDefault();
    },
  };

  const keys = (e: KeyboardEvent<HTMLElement>) => {
    if (!editable) return;
    setKeyboard(true);
    const under = () => pointAt(points, cursor.x1, cursor.x2, KEY_RADIUS, sets);
    const step = e.shiftKey ? KEY_STEP.coarse : KEY_STEP.fine;
    const arrows: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const arrow = arrows[e.key];
    if (arrow !== undefined) {
      const next = { x1: clampPlane(cursor.x1 + arrow[0]), x2: clampPlane(cursor.x2 + arrow[1]) };
      setCursor(next);
      if (shown !== null) show({ ...shown, ...next });
    } else if (e.key === ' ') {
      if (shown !== null) {
        actions.moveOwnPoint(shown.ref, shown.x1, shown.x2);
        show(null);
      } else {
        // Space over empty ground does nothing (and does not play: the plane has the keys).
        const ref = under();
        const point = ref === null ? undefined : points[ref.set][ref.index];
        if (ref !== null && point !== undefined) {
          setCursor({ x1: point.x1, x2: point.x2 });
          show({ ref, x1: point.x1, x2: point.x2 });
        }
      }
    } else if (e.key === 'Enter') {
      const ref = under();
      if (tools.tool === 'add') add(cursor);
      else if (ref !== null) actions.removeOwnPoint(ref);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      const ref = under();
      if (ref !== null) actions.removeOwnPoint(ref);
    } else if (e.key === 'Escape' && shown !== null) show(null);
    else return;
    // The page's own keys (Space plays) stay out of it; Ctrl+Z goes on to the page's keys,
    // which undo the point edits here (one place decides which undo a key runs).
    e.preventDefault();
    e.stopPropagation();
  };

  const files = {
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!e.dataTransfer.types.includes('Files')) return;
      e.preventDefault();
      e.stopPropagation();
    },
    onDrop: (e: DragEvent<HTMLElement>) => {
      const file = e.dataTransfer.files[0];
      if (file === undefined) return;
      // Not the page's drop, which opens a scenario file.
      e.preventDefault();
      e.stopPropagation();
      void importFile(file);
    },
  };

  return {
    handlers: {
      ...pointer,
      ...files,
      onKeyDown: keys,
      onBlur: () => setKeyboard(false),
    },
    preview: shown,
    cursor: editable && keyboard ? cursor : null,
  };
}
