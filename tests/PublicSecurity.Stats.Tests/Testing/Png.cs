using System.Buffers.Binary;
using System.IO.Compression;

namespace PublicSecurity.Stats.Tests.Testing;

/// <summary>A minimal PNG reader (8-bit RGB or RGBA, non-interlaced, as Chromium writes screenshots) for checking that a screenshot is not blank.</summary>
public static class Png
{
    /// <summary>Decodes the pixels as RGBA rows.</summary>
    public static (int Width, int Height, byte[] Rgba) Decode(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ReadOnlySpan<byte> signature = [137, 80, 78, 71, 13, 10, 26, 10];
        if (file.Length < 8 || !file.AsSpan(0, 8).SequenceEqual(signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var pos = 8; pos + 8 <= file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(pos));
            var type = System.Text.Encoding.ASCII.GetString(file, pos + 4, 4);
            var data = file.AsSpan(pos + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0 || data[9] is not (2 or 6))
                {
                    throw new InvalidDataException($"Unsupported PNG: bit depth {data[8]}, colour type {data[9]}, interlace {data[12]}.");
                }

                channels = data[9] == 6 ? 4 : 3;
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }

            pos += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var pixels = new byte[stride * height];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var current = pixels.AsSpan(y * stride, stride);
            for (var x = 0; x < stride; x++)
            {
                var a = x >= channels ? current[x - channels] : 0;
                var b = previous[x];
                var c = x >= channels ? previous[x - channels] : 0;
                current[x] = (byte)(line[x] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }

            current.CopyTo(previous);
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            rgba[i * 4] = pixels[i * channels];
            rgba[(i * 4) + 1] = pixels[(i * channels) + 1];
            rgba[(i * 4) + 2] = pixels[(i * channels) + 2];
            rgba[(i * 4) + 3] = channels == 4 ? pixels[(i * channels) + 3] : (byte)255;
        }

        return (width, height, rgba);
    }

    /// <summary>The share of pixels that differ from the top-left pixel (the page background).</summary>
    public static double InkShare(byte[] file)
    {
        var (width, height, rgba) = Decode(file);
        var ink = 0L;
        for (var i = 0; i < width * height; i++)
        {
            if (rgba[i * 4] != rgba[0] || rgba[(i * 4) + 1] != rgba[1] || rgba[(i * 4) + 2] != rgba[2])
            {
                ink++;
            }
        }

        return (double)ink / ((long)width * height);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
