// ZIP files for the browser tests, with node:zlib: one entry read out of a
// downloaded DOCX, and a ZIP-bomb-shaped file to give where a file is expected.
//
//   const xml = zipEntry(readFileSync(docx), 'word/document.xml').toString('utf8');
//   const bomb = zipBombShaped();   // ~1 KB that says it unpacks to 4 GB
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const CENTRAL = 0x02014b50;
const END = 0x06054b50;

// zipEntry: the bytes of the entry `name` (stored or deflated), or throws.
export function zipEntry(zip, name) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END) throw new Error('not a ZIP: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('broken central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      return method === 8 ? inflateRawSync(data) : data;
    }
    at += 46 + skip;
  }
  throw new Error(`no ${name} in the ZIP`);
}

// zipBombShaped: a ZIP of one entry — a megabyte of zeros, deflated to about
// a kilobyte — whose local header and central directory both claim it unpacks
// to 4 GB − 1: what a ZIP bomb looks like to a reader that trusts the header.
export function zipBombShaped(entry = 'word/document.xml') {
  const name = Buffer.from(entry);
  const data = deflateRawSync(Buffer.alloc(1 << 20));
  const HUGE = 0xffffffff;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(8, 8); // deflated
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(HUGE, 22); // the claimed size
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(CENTRAL, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(HUGE, 24);
  central.writeUInt16LE(name.length, 28);
  const directoryAt = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}
