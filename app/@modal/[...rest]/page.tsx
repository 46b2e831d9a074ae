// Any other route: no dialog. Without this, a soft navigation away from a
// dialog would leave the slot showing it.
export default function NoModal() {
  return null;
}
