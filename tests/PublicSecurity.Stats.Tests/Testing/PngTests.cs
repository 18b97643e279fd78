using System.Buffers.Binary;
using System.IO.Compression;

namespace PublicSecurity.Stats.Tests.Testing;

public sealed class PngTests
{
    /// <summary>Encodes a 2×2 RGB image with the Sub filter on the second row, the way a PNG writer would.</summary>
    private static byte[] TwoByTwo()
    {
        byte[] raw =
        [
            0, 255, 255, 255, 0, 0, 0,
            1, 10, 20, 30, 5, 5, 5,
        ];
        using var idat = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(raw);
        }

        using var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 2);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 2);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();

        static void Chunk(Stream s, string type, byte[] data)
        {
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            s.Write(length);
            s.Write(System.Text.Encoding.ASCII.GetBytes(type));
            s.Write(data);
            s.Write(new byte[4]);
        }
    }

    [Fact]
    public void Decode_SubFilter_RestoresThePixels()
    {
        var (width, height, rgba) = Png.Decode(TwoByTwo());

        Assert.Equal(2, width);
        Assert.Equal(2, height);
        Assert.Equal([255, 255, 255, 255, 0, 0, 0, 255, 10, 20, 30, 255, 15, 25, 35, 255], rgba);
    }

    [Fact]
    public void InkShare_CountsPixelsUnlikeTheBackground()
    {
        Assert.Equal(0.75, Png.InkShare(TwoByTwo()));
    }

    [Fact]
    public void Decode_NotAPng_Throws()
    {
        Assert.Throws<InvalidDataException>(() => Png.Decode([1, 2, 3]));
    }
}
