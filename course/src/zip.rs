//! A minimal zip writer (stored entries, no compression): enough for the
//! classroom copy of the course, with no dependency.

use std::io::{self, Write};

pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xedb8_8320 & mask);
        }
    }
    !crc
}

/// Writes `files` (path inside the archive, content) as a zip archive.
pub fn write(out: &mut impl Write, files: &[(String, Vec<u8>)]) -> io::Result<()> {
    let too_big = || io::Error::other("the zip writer handles archives under 4 GiB only");
    let mut offset: u32 = 0;
    let mut central = Vec::new();
    // 1980-01-01 00:00, the earliest date zip can say: the archive is the
    // same bytes every time it is built from the same files.
    let (time, date): (u16, u16) = (0, (1 << 5) | 1);
    for (name, data) in files {
        let crc = crc32(data);
        let size = u32::try_from(data.len()).map_err(|_| too_big())?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_big())?;
        let mut local = Vec::new();
        local.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        local.extend_from_slice(&20u16.to_le_bytes()); // version needed
        local.extend_from_slice(&0x0800u16.to_le_bytes()); // UTF-8 names
        local.extend_from_slice(&0u16.to_le_bytes()); // stored
        local.extend_from_slice(&time.to_le_bytes());
        local.extend_from_slice(&date.to_le_bytes());
        local.extend_from_slice(&crc.to_le_bytes());
        local.extend_from_slice(&size.to_le_bytes());
        local.extend_from_slice(&size.to_le_bytes());
        local.extend_from_slice(&name_len.to_le_bytes());
        local.extend_from_slice(&0u16.to_le_bytes()); // extra
        local.extend_from_slice(name.as_bytes());
        out.write_all(&local)?;
        out.write_all(data)?;

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&((3u16 << 8) | 20).to_le_bytes()); // made by: unix
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&0x0800u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&time.to_le_bytes());
        central.extend_from_slice(&date.to_le_bytes());
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&name_len.to_le_bytes());
        central.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attrs
        central.extend_from_slice(&((0o100644u32) << 16).to_le_bytes()); // rw-r--r--
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());

        let entry = u32::try_from(local.len() + data.len()).map_err(|_| too_big())?;
        offset = offset.checked_add(entry).ok_or_else(too_big)?;
    }
    let count = u16::try_from(files.len()).map_err(|_| too_big())?;
    let central_len = u32::try_from(central.len()).map_err(|_| too_big())?;
    out.write_all(&central)?;
    let mut end = Vec::new();
    end.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    end.extend_from_slice(&[0; 4]); // disk numbers
    end.extend_from_slice(&count.to_le_bytes());
    end.extend_from_slice(&count.to_le_bytes());
    end.extend_from_slice(&central_len.to_le_bytes());
    end.extend_from_slice(&offset.to_le_bytes());
    end.extend_from_slice(&0u16.to_le_bytes()); // comment
    out.write_all(&end)
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
