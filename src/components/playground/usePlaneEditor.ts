import { useRef, useState, type DragEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { PLANE, type SplitData } from '../../engine';
import { pointAt, POINT_SETS, type PointRef, type PointSet } from '../../store/playground/ownEdits';
import { useActions } from '../../store/StoreProvider';
import { toPlane } from './mapPainter';
import { useOwnData } from './ownDataContext';
import { labelOf } from './ownTools';

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

/** How near (CSS pixels) a press must be to a point to take it, by mouse and by finger. */
const HIT_PX = { mouse: 9, touch: 16 } as const;
/** How far a press must travel to be a drag: a tap that moves less adds or removes. */
const DRAG_PX = { mouse: 4, touch: 10 } as const;
/** The keyboard cross's step in plane units (Shift: the larger). */
const KEY_STEP = { fine: 0.25, coarse: 1 } as const;
/** The keyboard cross takes the point within this distance (plane units). */
const KEY_RADIUS = 0.3;

interface Press {
  readonly pointer: number;
  readonly x: number;
  readonly y: number;
  readonly hit: PointRef | null;
  readonly erase: boolean;
  readonly drag: number;
  moved: boolean;
}

const kind = (e: PointerEvent) => (e.pointerType === 'touch' ? 'touch' : 'mouse');
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
 * changes once, on release); with the eraser, or Shift, a tap on a point removes it. Keys: arrows move a cross, Enter adds (erases), Delete removes,
 * Space picks a point up and puts it down, Escape puts it back, Ctrl+Z undoes. A CSV file
 * dropped on the plane is imported. `editable` false leaves only the hover readout.
 */
export function usePlaneEditor(
  points: SplitData,
  showTest: boolean,
  editable: boolean,
  onHover: (at: PlanePoint | null) => void,
) {
  const actions = useActions();
  const { tools, importFile } = useOwnData();
  const press = useRef<Press | null>(null);
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

  const pointer = {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      setKeyboard(false);
      if (!editable || (e.pointerType === 'mouse' && e.button !== 0)) return;
      const at = planeOf(e);
      e.currentTarget.setPointerCapture(e.pointerId);
      press.current = {
        pointer: e.pointerId,
        x: e.clientX,
        y: e.clientY,
        hit: pointAt(points, at.x1, at.x2, HIT_PX[kind(e)] * at.unit, sets),
        erase: tools.tool === 'erase' || e.shiftKey,
        drag: DRAG_PX[kind(e)],
        moved: false,
      };
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      const at = planeOf(e);
      onHover(at);
      const p = press.current;
      if (p === null || p.pointer !== e.pointerId || p.hit === null || p.erase) return;
      if (!p.moved && Math.hypot(e.clientX - p.x, e.clientY - p.y) < p.drag) return;
      p.moved = true;
      show({ ref: p.hit, x1: clampPlane(at.x1), x2: clampPlane(at.x2) });
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      const p = press.current;
      if (p === null || p.pointer !== e.pointerId) return;
      press.current = null;
      const at = planeOf(e);
      if (p.moved && p.hit !== null) actions.moveOwnPoint(p.hit, at.x1, at.x2);
      else if (!p.erase) add(at);
      else if (p.hit !== null) actions.removeOwnPoint(p.hit);
      show(null);
    },
    onPointerCancel: () => {
      press.current = null;
      show(null);
    },
    onPointerLeave: () => onHover(null),
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
    if (e.key === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey) actions.undoOwnEdit();
    else if (arrow !== undefined) {
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
    // The page's own keys (Space plays, Ctrl+Z undoes a scenario edit) stay out of it.
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
