//! A minimal zip writer: stored or deflated entries, no zip64. Enough for
//! the classroom copy of the course and the offline kit.

use std::io::{self, Write};

pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = flate2::Crc::new();
    crc.update(data);
    crc.sum()
}

/// Writes `files` (path inside the archive, content) as a zip archive of
/// stored entries.
pub fn write(out: &mut impl Write, files: &[(String, Vec<u8>)]) -> io::Result<()> {
    let mut zip = Writer::new(out);
    for (name, data) in files {
        zip.add(name, data, Entry::default())?;
    }
    zip.finish().map(|_| ())
}

/// How [`Writer::add`] stores one file.
#[derive(Clone, Copy, Default)]
pub struct Entry {
    /// Deflate the file when that makes it smaller.
    pub deflate: bool,
    /// Mark it executable (mode 755 instead of 644) for unzip on Unix.
    pub executable: bool,
}

/// A zip archive written one file at a time, so that an archive of a
/// hundred thousand files never has to fit in memory.
pub struct Writer<W: Write> {
    out: W,
    offset: u64,
    central: Vec<u8>,
    count: usize,
}

fn too_big() -> io::Error {
    io::Error::other(
        "the zip writer handles archives of under 4 GiB and 65,535 files only (no zip64)",
    )
}

impl<W: Write> Writer<W> {
    pub fn new(out: W) -> Self {
        Writer {
            out,
            offset: 0,
            central: Vec::new(),
            count: 0,
        }
    }

    /// Adds one file.
    pub fn add(&mut self, name: &str, data: &[u8], entry: Entry) -> io::Result<()> {
        let crc = crc32(data);
        let deflated = if entry.deflate && !data.is_empty() {
            let mut encoder =
                flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
            encoder.write_all(data)?;
            Some(encoder.finish()?).filter(|d| d.len() < data.len())
        } else {
            None
        };
        let (method, stored): (u16, &[u8]) = match &deflated {
            Some(d) => (8, d),
            None => (0, data),
        };
        let size = u32::try_from(data.len()).map_err(|_| too_big())?;
        let compressed = u32::try_from(stored.len()).map_err(|_| too_big())?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_big())?;
        let offset = u32::try_from(self.offset).map_err(|_| too_big())?;
        // 1980-01-01 00:00, the earliest date zip can say: the archive is the
        // same bytes every time it is built from the same files.
        let (time, date): (u16, u16) = (0, (1 << 5) | 1);
        let mut local = Vec::new();
        local.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        local.extend_from_slice(&20u16.to_le_bytes()); // version needed
        local.extend_from_slice(&0x0800u16.to_le_bytes()); // UTF-8 names
        local.extend_from_slice(&method.to_le_bytes());
        local.extend_from_slice(&time.to_le_bytes());
        local.extend_from_slice(&date.to_le_bytes());
        local.extend_from_slice(&crc.to_le_bytes());
        local.extend_from_slice(&compressed.to_le_bytes());
        local.extend_from_slice(&size.to_le_bytes());
        local.extend_from_slice(&name_len.to_le_bytes());
        local.extend_from_slice(&0u16.to_le_bytes()); // extra
        local.extend_from_slice(name.as_bytes());
        self.out.write_all(&local)?;
        self.out.write_all(stored)?;

        let mode: u32 = if entry.executable { 0o100755 } else { 0o100644 };
        let central = &mut self.central;
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&((3u16 << 8) | 20).to_le_bytes()); // made by: unix
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&0x0800u16.to_le_bytes());
        central.extend_from_slice(&method.to_le_bytes());
        central.extend_from_slice(&time.to_le_bytes());
        central.extend_from_slice(&date.to_le_bytes());
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&compressed.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&name_len.to_le_bytes());
        central.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attrs
        central.extend_from_slice(&(mode << 16).to_le_bytes());
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());

        self.offset += (local.len() + stored.len()) as u64;
        self.count += 1;
        Ok(())
    }

    /// Writes the central directory; returns the output and the archive's size.
    pub fn finish(mut self) -> io::Result<(W, u64)> {
        let count = u16::try_from(self.count).map_err(|_| too_big())?;
        let central_len = u32::try_from(self.central.len()).map_err(|_| too_big())?;
        let start = u32::try_from(self.offset).map_err(|_| too_big())?;
        u32::try_from(self.offset + self.central.len() as u64 + 22).map_err(|_| too_big())?;
        self.out.write_all(&self.central)?;
        let mut end = Vec::new();
        end.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        end.extend_from_slice(&[0; 4]); // disk numbers
        end.extend_from_slice(&count.to_le_bytes());
        end.extend_from_slice(&count.to_le_bytes());
        end.extend_from_slice(&central_len.to_le_bytes());
        end.extend_from_slice(&start.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes()); // comment
        self.out.write_all(&end)?;
        self.out.flush()?;
        let size = self.offset + self.central.len() as u64 + end.len() as u64;
        Ok((self.out, size))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn deflated_entries_and_modes_read_back() {
        let text = "every crate's source, again and again. "
            .repeat(200)
            .into_bytes();
        // Bytes that do not compress: stored as they are.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let noise: Vec<u8> = (0..4096)
            .map(|_| {
                // xorshift64
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 32) as u8
            })
            .collect();
        let mut bytes = Vec::new();
        let mut zip = Writer::new(&mut bytes);
        let deflate = Entry {
            deflate: true,
            executable: false,
        };
        zip.add("kit/text.txt", &text, deflate).unwrap();
        zip.add("kit/noise.bin", &noise, deflate).unwrap();
        let script = Entry {
            deflate: true,
            executable: true,
        };
        let run = format!("#!/bin/sh\n{}", "echo hi\n".repeat(50));
        zip.add("kit/run.sh", run.as_bytes(), script).unwrap();
        let (_, size) = zip.finish().unwrap();
        assert_eq!(size, bytes.len() as u64);
        assert!(
            bytes.len() < text.len() / 4 + noise.len() + 400,
            "the text was not deflated: {} bytes",
            bytes.len()
        );
        let path =
            std::env::temp_dir().join(format!("course-zip-deflate-{}.zip", std::process::id()));
        std::fs::write(&path, &bytes).unwrap();
        let checked = std::process::Command::new("python3")
            .args([
                "-c",
                "import sys, zipfile\n\
                 z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n\
                 for i in z.infolist(): print(i.filename, i.compress_type, oct(i.external_attr >> 16), i.file_size, len(z.read(i)))",
            ])
            .arg(&path)
            .output();
        std::fs::remove_file(&path).unwrap();
        if let Ok(out) = checked {
            let text_out = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "python rejected the zip: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let n = text.len();
            assert!(
                text_out.contains(&format!("kit/text.txt 8 0o100644 {n} {n}")),
                "{text_out}"
            );
            assert!(
                text_out.contains("kit/noise.bin 0 0o100644 4096 4096"),
                "{text_out}"
            );
            assert!(text_out.contains("kit/run.sh 8 0o100755"), "{text_out}");
        }
    }

    #[test]
    fn python_can_read_the_archive() {
        let files = vec![
            ("a/hello.txt".to_owned(), b"hello\n".to_vec()),
            ("b/empty".to_owned(), Vec::new()),
        ];
        let mut bytes = Vec::new();
        write(&mut bytes, &files).unwrap();
        // The end record points at the central directory, which names both files.
        assert_eq!(
            &bytes[bytes.len() - 22..bytes.len() - 18],
            &0x0605_4b50u32.to_le_bytes()
        );
        let path = std::env::temp_dir().join(format!("course-zip-test-{}.zip", std::process::id()));
        std::fs::write(&path, &bytes).unwrap();
        // A second opinion from an independent reader, where there is one.
        let checked = std::process::Command::new("python3")
            .args(["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(sorted(z.namelist())); print(z.read('a/hello.txt'))"])
            .arg(&path)
            .output();
        std::fs::remove_file(&path).unwrap();
        if let Ok(out) = checked {
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "python rejected the zip: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(text.contains("['a/hello.txt', 'b/empty']"), "{text}");
            assert!(text.contains("b'hello\\n'"), "{text}");
        }
    }
}
