using System.Text;

Console.OutputEncoding = new UTF8Encoding(false);
return ProvincialReportSample.ReportCommand.Run(args, Console.Out, Console.Error);
